/**
 * Which pages may call the backend. A request whose `Origin` is neither the backend's own host
 * nor listed in `allowedOrigins` is refused (403) before anything else happens; listed origins
 * get CORS headers with credentials, so their cookie is sent.
 */

export interface OriginVerdict {
  allowed: boolean;
  /** CORS headers to add to the answer; empty for same-origin and server-side callers. */
  headers: Record<string, string>;
}

export interface OriginPolicy {
  check(request: Request): OriginVerdict;
}

const normalize = (origin: string): string | undefined => {
  try {
    return new URL(origin).origin;
  } catch {
    return undefined;
  }
};

export function createOriginPolicy(allowedOrigins: readonly string[]): OriginPolicy {
  const allowed = new Set(allowedOrigins.map(normalize).filter((origin) => origin !== undefined));
  return {
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
      // Same host counts as same origin, whatever scheme a TLS-terminating proxy left in the URL.
      const sameHost = normalized !== undefined && new URL(normalized).host === new URL(request.url).host;
      return { allowed: sameHost, headers: {} };
    },
  };
}
