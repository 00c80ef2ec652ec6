import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProperties } from '../../src/styles/style-properties.js';
import type { StyleProperties } from '../../src/styles/style-properties.js';

/** Every `style` attribute written while `run` runs: a strict `style-src` would block each one. */
async function styleAttributeWrites(run: () => Promise<void>): Promise<string[]> {
  const writes: string[] = [];
  // Called with the element as `this` through `.call`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string): void {
    if (name.toLowerCase() === 'style') writes.push(value);
    setAttribute.call(this, name, value);
  };
  try {
    await run();
  } finally {
    Element.prototype.setAttribute = setAttribute;
  }
  return writes;
}

describe('styleProperties()', () => {
  const draw = (container: HTMLElement, properties: StyleProperties): HTMLElement => {
    render(html`<span style=${styleProperties(properties)}></span>`, container);
    return container.querySelector('span')!;
  };

  it('sets the properties through the CSSOM, never as a style attribute, from the first render on', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    let span!: HTMLElement;
    const writes = await styleAttributeWrites(() => {
      span = draw(container, { left: '25%', top: '10%', '--xs2a-x': '3' });
      draw(container, { left: '50%', top: '10%', '--xs2a-x': '4' });
      return Promise.resolve();
    });
    expect(writes).to.deep.equal([]);
    expect(span.style.left).to.equal('50%');
    expect(span.style.top).to.equal('10%');
    expect(span.style.getPropertyValue('--xs2a-x')).to.equal('4');
  });

  it('removes a property that is undefined or no longer given', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const span = draw(container, { left: '25%', top: '10%', right: '1px' });
    draw(container, { left: '25%', top: undefined });
    expect(span.style.left).to.equal('25%');
    expect(span.style.top).to.equal('');
    expect(span.style.right).to.equal('');
  });

  it('refuses any place but the whole value of a style attribute', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => {
      render(html`<span title=${styleProperties({ left: '1px' })}></span>`, container);
    }).to.throw('style attribute');
    expect(() => {
      render(html`<span style="color: red; ${styleProperties({ left: '1px' })}"></span>`, document.createElement('div'));
    }).to.throw('style attribute');
  });
});
