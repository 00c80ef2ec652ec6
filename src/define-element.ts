/**
 * Registers a custom element unless its tag is taken. The CDN copy and an npm copy of the
 * package can meet on one page; the second registration is then a no-op instead of a
 * `NotSupportedError` that would stop the page's script.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
  customElements.define(tagName, constructor);
}
