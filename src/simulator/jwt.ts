/**
 * HS256 JSON Web Tokens with WebCrypto. The simulator signs its `client_token`s (as Klarna signs
 * its own) and its consent tokens and pagination offsets, and checks them when they come back.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64UrlDecode(value: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) throw new Error('not base64url');
  const padded = value.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (value.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export const encodeJsonPart = (value: unknown): string => base64UrlEncode(encoder.encode(JSON.stringify(value)));

export function importHmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

export async function hmacSign(key: CryptoKey, data: string): Promise<string> {
  return base64UrlEncode(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(data))));
}

/** `crypto.subtle.verify` compares in constant time. */
export async function hmacVerify(key: CryptoKey, data: string, signature: string): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = base64UrlDecode(signature);
  } catch {
    return false;
  }
  return crypto.subtle.verify('HMAC', key, bytes as Uint8Array<ArrayBuffer>, encoder.encode(data));
}

export type JwtClaims = Record<string, unknown>;

export async function signJwt(key: CryptoKey, claims: JwtClaims): Promise<string> {
  const unsigned = `${encodeJsonPart({ alg: 'HS256', typ: 'JWT' })}.${encodeJsonPart(claims)}`;
  return `${unsigned}.${await hmacSign(key, unsigned)}`;
}

/** The claims of a well-signed, unexpired token; `undefined` for anything else. */
export async function verifyJwt(key: CryptoKey, token: string, nowSeconds: number): Promise<JwtClaims | undefined> {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts as [string, string, string];
  if (!(await hmacVerify(key, `${header}.${payload}`, signature))) return undefined;
  try {
    const head: unknown = JSON.parse(decoder.decode(base64UrlDecode(header)));
    if (typeof head !== 'object' || head === null || (head as { alg?: unknown }).alg !== 'HS256') return undefined;
    const claims: unknown = JSON.parse(decoder.decode(base64UrlDecode(payload)));
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return undefined;
    const exp = (claims as JwtClaims).exp;
    if (typeof exp === 'number' && exp < nowSeconds) return undefined;
    return claims as JwtClaims;
  } catch {
    return undefined;
  }
}
