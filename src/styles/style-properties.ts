/**
 * `style=${styleProperties({ left: '10%' })}`: inline styles written through the CSSOM only.
 * Lit's `styleMap` writes its first value as a `style` attribute, which a page whose CSP lacks
 * `'unsafe-inline'` in `style-src` blocks (a `style-src-attr` violation); CSSOM writes are not
 * inline style attributes and apply under any policy. Names are CSS property names (`left`,
 * `--xs2a-x`); an `undefined` value, or a name no longer given, removes the property.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { AttributePart, PartInfo } from 'lit/directive.js';

export type StyleProperties = Readonly<Record<string, string | undefined>>;

class StylePropertiesDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    // Static text beside it would be written as an attribute, which a strict policy blocks.
    const strings = partInfo.type === PartType.ATTRIBUTE ? (partInfo.strings ?? []) : [];
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || strings.length > 2 || strings.some((text) => text.trim() !== '')) {
      throw new Error('styleProperties() must be the whole value of a style attribute');
    }
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element;
    const current = new Set<string>();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      current.add(name);
    }
    for (const name of this.#previous) if (!current.has(name)) style.removeProperty(name);
    this.#previous = current;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
