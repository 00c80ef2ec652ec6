/**
 * Consent tokens and pagination offsets (Klarna's "Transactions" page of the consent API). Both
 * are opaque to the caller and signed, so a tampered or replayed one is refused rather than
 * trusted.
 */
import { base64UrlDecode, encodeJsonPart, hmacSign, hmacVerify, signJwt, verifyJwt } from './jwt.js';

const decoder = new TextDecoder();

export interface ConsentClaims {
  consent_id: string;
  serial: number;
}

export function signConsentToken(key: CryptoKey, claims: ConsentClaims, nowSeconds: number): Promise<string> {
  return signJwt(key, { ...claims, typ: 'consent', iat: nowSeconds });
}

export async function readConsentToken(key: CryptoKey, token: string, nowSeconds: number): Promise<ConsentClaims | undefined> {
  const claims = await verifyJwt(key, token, nowSeconds);
  if (claims?.typ !== 'consent' || typeof claims.consent_id !== 'string' || typeof claims.serial !== 'number') return undefined;
  return { consent_id: claims.consent_id, serial: claims.serial };
}

/** Where the next page starts; `owner` is the consent or the transactions flow the pages belong to. */
export interface PageCursor {
  owner: string;
  account_id: string;
  from_date: string;
  to_date: string;
  index: number;
  size: number;
}

export async function encodeOffset(key: CryptoKey, cursor: PageCursor): Promise<string> {
  const body = encodeJsonPart(cursor);
  return `${body}.${await hmacSign(key, `offset.${body}`)}`;
}

export async function decodeOffset(key: CryptoKey, offset: string): Promise<PageCursor | undefined> {
  const [body, signature, extra] = offset.split('.');
  if (body === undefined || signature === undefined || extra !== undefined) return undefined;
  if (!(await hmacVerify(key, `offset.${body}`, signature))) return undefined;
  try {
    const value = JSON.parse(decoder.decode(base64UrlDecode(body))) as PageCursor;
    return typeof value.owner === 'string' && typeof value.index === 'number' && typeof value.size === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}
