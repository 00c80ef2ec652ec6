/**
 * Which browser is asking: an opaque random id in an HttpOnly, SameSite cookie, signed with
 * HMAC-SHA256 together with the time it was issued, so that it can be neither forged, edited nor
 * replayed after it expired. Every flow and consumer the backend hands out is bound to that id.
 *
 * Over https the cookie is named `__Host-…`: browsers accept such a cookie only from the origin
 * itself, with `Secure`, `Path=/` and no `Domain`, so a sibling subdomain cannot plant its own
 * cookie for the victim to bind a bank connection to (session fixation). Over plain http (local
 * development) the prefix is not allowed and the plain name is used.
 *
 * Secrets rotate: the first of `secrets` signs, every one verifies, so a new secret goes first and
 * the old one stays until the cookies it signed have expired.
 */

const encoder = new TextEncoder();

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return undefined;
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (value.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export interface CookieOptions {
  /** The first signs; all verify. */
  secrets: readonly string[];
  /** The name over http; over https it gets the `__Host-` prefix. */
  name: string;
  sameSite: 'Strict' | 'Lax' | 'None';
  /** Whether the page reached this request over https (the cookie then is `Secure` and `__Host-`). */
  secure: (request: Request) => boolean;
  maxAgeSeconds: number;
  now: () => number;
}

export interface BrowserCookies {
  /** The browser id of a well-signed, unexpired cookie, else `undefined`. */
  read(request: Request): Promise<string | undefined>;
  /** A new browser id and the `Set-Cookie` value that carries it. */
  mint(request: Request): Promise<{ browserId: string; setCookie: string }>;
}

/** A clock this far ahead of ours is tolerated for the issue time: instances' clocks differ a little. */
const clockSkewSeconds = 300;

export function createBrowserCookies(options: CookieOptions): BrowserCookies {
  const keys = options.secrets.map((secret) =>
    crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']),
  );
  // The purpose and the issue time in the signed text: a signature is good for this cookie only,
  // and for the time it names only.
  const signed = (browserId: string, issuedAt: string): Uint8Array<ArrayBuffer> => encoder.encode(`xs2a-browser:v2:${browserId}:${issuedAt}`);
  const nameFor = (request: Request): string => (options.secure(request) ? `__Host-${options.name}` : options.name);
  const nowSeconds = (): number => Math.floor(options.now() / 1000);

  /** The browser id of one cookie value, if it verifies under any secret and has not expired. */
  async function verify(value: string): Promise<string | undefined> {
    const [browserId, issuedAt, signature, extra] = value.split('.');
    if (!browserId || !issuedAt || !signature || extra !== undefined) return undefined;
    if (!/^[A-Za-z0-9_-]{22}$/.test(browserId) || !/^[0-9a-z]{1,10}$/.test(issuedAt)) return undefined;
    const issued = parseInt(issuedAt, 36);
    const age = nowSeconds() - issued;
    if (age >= options.maxAgeSeconds || age < -clockSkewSeconds) return undefined;
    const bytes = fromBase64Url(signature);
    if (!bytes) return undefined;
    for (const key of keys) {
      // crypto.subtle.verify compares in constant time.
      if (await crypto.subtle.verify('HMAC', await key, bytes, signed(browserId, issuedAt))) return browserId;
    }
    return undefined;
  }

  return {
    async read(request) {
      const name = nameFor(request);
      // A browser sends every cookie of that name whose path matches, the most specific first: a
      // junk one planted on a longer path must not hide the real one.
      for (const part of (request.headers.get('cookie') ?? '').split(';')) {
        const [key, ...rest] = part.trim().split('=');
        if (key !== name) continue;
        const browserId = await verify(rest.join('='));
        if (browserId !== undefined) return browserId;
      }
      return undefined;
    },
    async mint(request) {
      const browserId = base64Url(crypto.getRandomValues(new Uint8Array(16)));
      const issuedAt = nowSeconds().toString(36);
      const [signingKey] = keys;
      if (!signingKey) throw new TypeError('createBrowserCookies: no secret');
      const signature = base64Url(new Uint8Array(await crypto.subtle.sign('HMAC', await signingKey, signed(browserId, issuedAt))));
      const secure = options.secure(request);
      const attributes = [
        `${nameFor(request)}=${browserId}.${issuedAt}.${signature}`,
        // Path=/ whatever the backend's basePath: `__Host-` demands it, and one cookie per site
        // leaves no path for a planted cookie to shadow.
        'Path=/',
        `Max-Age=${options.maxAgeSeconds}`,
        'HttpOnly',
        `SameSite=${options.sameSite}`,
        // SameSite=None is ignored by browsers without Secure.
        ...(secure || options.sameSite === 'None' ? ['Secure'] : []),
      ];
      return { browserId, setCookie: attributes.join('; ') };
    },
  };
}
