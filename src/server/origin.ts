/**
 * Which pages may call the backend. A request whose `Origin` is neither the backend's own public
 * origin nor listed in `allowedOrigins` is refused (403) before anything else happens; listed
 * origins get CORS headers with credentials, so their cookie is sent.
 *
 * The backend's own origin is where the page's browser sent the request, which the backend cannot
 * always see: a proxy may rewrite `Host` (nginx's default) and terminate TLS. In that order it is
 * `publicOrigin` when set; the `X-Forwarded-Host`/`-Proto` of a trusted proxy; the `Host`
 * header (what the browser sent; frameworks such as Next.js may put another host in `request.url`);
 * and `request.url`.
 */

export interface OriginVerdict {
  allowed: boolean;
  /** CORS headers to add to the answer; empty for same-origin and server-side callers. */
  headers: Record<string, string>;
}

export interface OriginPolicyOptions {
  allowedOrigins: readonly string[];
  publicOrigin: string | undefined;
  trustProxy: boolean;
}

export interface OriginPolicy {
  check(request: Request): OriginVerdict;
  /** The origin the browser used to reach the backend. */
  publicOrigin(request: Request): URL;
}

const normalize = (origin: string): string | undefined => {
  try {
    return new URL(origin).origin;
  } catch {
    return undefined;
  }
};

/** The first value of a comma-separated forwarding header: the hop nearest the browser. */
const firstValue = (value: string | null): string | undefined => value?.split(',')[0]?.trim() || undefined;

export function createOriginPolicy({ allowedOrigins, publicOrigin, trustProxy }: OriginPolicyOptions): OriginPolicy {
  const allowed = new Set(allowedOrigins.map(normalize).filter((origin) => origin !== undefined));
  const fixed = publicOrigin === undefined ? undefined : normalize(publicOrigin);
  if (publicOrigin !== undefined && fixed === undefined) throw new TypeError(`createHostBackend: publicOrigin ${JSON.stringify(publicOrigin)} is not a URL`);

  const ownOrigin = (request: Request): URL => {
    if (fixed !== undefined) return new URL(fixed);
    const url = new URL(request.url);
    const proto = trustProxy ? firstValue(request.headers.get('x-forwarded-proto')) : undefined;
    const host = (trustProxy ? firstValue(request.headers.get('x-forwarded-host')) : undefined) ?? request.headers.get('host') ?? url.host;
    try {
      return new URL(`${proto === 'https' || proto === 'http' ? proto : url.protocol.slice(0, -1)}://${host}`);
    } catch {
      return new URL(url.origin);
    }
  };

  return {
    publicOrigin: ownOrigin,
    check(request): OriginVerdict {
      const origin = request.headers.get('origin');
      // Browsers send Origin on every POST and DELETE; a same-origin GET and a server-side caller may not.
      if (origin === null) return { allowed: true, headers: {} };
      const normalized = normalize(origin);
      if (normalized !== undefined && allowed.has(normalized)) {
        return {
          allowed: true,
          headers: { 'access-control-allow-origin': normalized, 'access-control-allow-credentials': 'true', vary: 'Origin' },
        };
      }
      if (normalized === undefined) return { allowed: false, headers: {} };
      const own = ownOrigin(request);
      // With a fixed public origin the scheme counts too; otherwise the host does, whatever scheme a
      // TLS-terminating proxy left in the URL.
      const same = fixed !== undefined ? normalized === own.origin : new URL(normalized).host === own.host;
      return { allowed: same, headers: {} };
    },
  };
}
