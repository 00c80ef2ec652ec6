/**
 * Which browser is asking: an opaque random id in an HttpOnly, SameSite cookie, signed with
 * HMAC-SHA256 so that it cannot be forged or edited. Every flow and consumer the backend hands out
 * is bound to that id.
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
  secret: string;
  name: string;
  path: string;
  sameSite: 'Strict' | 'Lax' | 'None';
  /** Whether the cookie of this request gets `Secure`. */
  secure: (request: Request) => boolean;
  maxAgeSeconds: number;
}

export interface BrowserCookies {
  /** The browser id of a well-signed cookie, else `undefined`. */
  read(request: Request): Promise<string | undefined>;
  /** A new browser id and the `Set-Cookie` value that carries it. */
  mint(request: Request): Promise<{ browserId: string; setCookie: string }>;
}

export function createBrowserCookies(options: CookieOptions): BrowserCookies {
  const key = crypto.subtle.importKey('raw', encoder.encode(options.secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  // The purpose in the signed text keeps a signature from being reused for anything else.
  const signed = (browserId: string): Uint8Array<ArrayBuffer> => encoder.encode(`xs2a-browser:${browserId}`);

  return {
    async read(request) {
      const header = request.headers.get('cookie') ?? '';
      for (const part of header.split(';')) {
        const [name, ...rest] = part.trim().split('=');
        if (name !== options.name) continue;
        const [browserId, signature, extra] = rest.join('=').split('.');
        if (!browserId || !signature || extra !== undefined || !/^[A-Za-z0-9_-]{22}$/.test(browserId)) return undefined;
        const bytes = fromBase64Url(signature);
        if (!bytes) return undefined;
        // crypto.subtle.verify compares in constant time.
        return (await crypto.subtle.verify('HMAC', await key, bytes, signed(browserId))) ? browserId : undefined;
      }
      return undefined;
    },
    async mint(request) {
      const browserId = base64Url(crypto.getRandomValues(new Uint8Array(16)));
      const signature = base64Url(new Uint8Array(await crypto.subtle.sign('HMAC', await key, signed(browserId))));
      const secure = options.secure(request);
      const attributes = [
        `${options.name}=${browserId}.${signature}`,
        `Path=${options.path}`,
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
