import { expect } from 'chai';
import { render } from 'lit';
import { compactHtml } from '../../src/transaction-list/compact-html.js';

const isBrowser = typeof document !== 'undefined';

/** Renders into a fresh container and lists its nodes, lit's marker comments left out. */
function nodesOf(result: ReturnType<typeof compactHtml>): Node[] {
  const container = document.createElement('div');
  render(result, container);
  const nodes: Node[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType !== Node.COMMENT_NODE) nodes.push(child);
      walk(child);
    }
  };
  walk(container);
  return nodes;
}

describe('compactHtml', () => {
  it('gives lit one strings array per call site, so lit keeps one template for it', () => {
    const row = (value: string) => compactHtml`<p>
      <span>${value}</span>
    </p>`;
    const first = row('a');
    const second = row('b');
    expect(first.strings).to.equal(second.strings);
    expect(first.strings.raw).to.equal(first.strings);
    expect([...first.strings]).to.deep.equal(['<p><span>', '</span></p>']);
  });

  it('drops line breaks and indentation that touch a tag, and nothing else', () => {
    const result = compactHtml`
      <div
        a=${1}
        b="x  y">
        <b>one</b> <i>two</i>
        ${'three'}
        <em>${'four'} ${'five'}</em>
      </div>
    `;
    expect([...result.strings]).to.deep.equal([
      '<div\n        a=',
      '\n        b="x  y"><b>one</b> <i>two</i>',
      '<em>',
      ' ',
      '</em></div>',
    ]);
  });

  if (isBrowser) {
    it('renders without whitespace-only text nodes, keeping attributes and written spaces', () => {
      const nodes = nodesOf(compactHtml`
        <div
          data-a=${'1'}
          data-b="2">
          <b>one</b> <i>two</i>
          <span>${'three'}</span>
        </div>
      `);
      const texts = nodes.filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent);
      expect(texts).to.deep.equal(['one', ' ', 'two', 'three']);
      const div = nodes[0] as HTMLElement;
      expect(div.dataset).to.deep.include({ a: '1', b: '2' });
    });
  }
});
