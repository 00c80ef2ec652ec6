import { html, type TemplateResult } from 'lit';

/**
 * `html` without the line breaks and indentation between tags. Lit keeps each of them as a text
 * node, and in the list's grid and flex rows they are never shown: a row of the list renders
 * with 7 text nodes instead of 22. Only whitespace that holds a line break and touches a tag
 * (`>` before it or `<` after it) is removed, so a space written between two tags or two values
 * stays, and attribute values are left as they are.
 */
export function compactHtml(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  let compact = compacted.get(strings);
  if (!compact) {
    compact = compactStrings(strings);
    compacted.set(strings, compact);
  }
  return html(compact, ...values);
}

// Lit caches a template per strings array: the same array must come back for the same call site.
const compacted = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

function compactStrings(strings: TemplateStringsArray): TemplateStringsArray {
  const parts = strings.map((part) =>
    part
      .replace(/>\s*\n\s*</g, '><')
      // Before a tag, after a value or at the start; after a tag, before a value or at the end.
      .replace(/^\s*\n\s*(?=<)/, '')
      .replace(/(?<=>)\s*\n\s*$/, ''),
  );
  // What lit-html's own `static.js` does for the strings it rebuilds.
  return Object.assign(parts, { raw: parts });
}
