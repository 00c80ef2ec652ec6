/**
 * URLs from bank data become `href`/`src` only if they are absolute http(s) URLs. Anything else
 * (`javascript:`, `data:`, `vbscript:`, protocol-relative, relative, malformed) is dropped.
 */

/**
 * The scheme and the authority as written: `//evil.example` and `/path` would resolve against
 * the host page. The authority must be there, and hold nothing the URL parser would repair into
 * another host: a third slash (`https:///evil.example`), a backslash, whitespace or a quote.
 */
const literalHttpUrl = /^https?:\/\/[^/?#\\\s"'<>`^{|}]+(?:[/?#]|$)/i;

/** Tabs and line breaks anywhere are silently removed by the parser (`java\tscript:`); so are other controls. */
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001f\u007f]/;

export function toSafeHttpUrl(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!literalHttpUrl.test(trimmed) || controlCharacter.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  // An icon or a brand's site has no use for credentials (`https://bank.example@evil.example`).
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  return url.href;
}
