/** DOM building without HTML strings, so the app runs where Trusted Types are enforced. */

/** An attribute's value: `true` sets it empty, `false`, `null` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

/** A child: a node, or a string that becomes a text node; `null`, `undefined` and `false` are skipped. */
export type Child = Node | string | null | undefined | false;

/** An element with these attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, AttributeValue> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** The busy indicator, hidden from assistive technology (the status line says what happens). */
export const spinner = (): HTMLDivElement => el('div', { class: 'spinner', 'aria-hidden': 'true' });
