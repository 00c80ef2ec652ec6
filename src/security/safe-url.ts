/**
 * URLs from bank data become `href`/`src` only if they are absolute http(s) URLs. Anything else
 * (`javascript:`, `data:`, `vbscript:`, protocol-relative, relative, malformed) is dropped.
 */
export function toSafeHttpUrl(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  // Only a literal scheme counts: `//evil.example` and `/path` would resolve against the host page.
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined;
  return url.href;
}
