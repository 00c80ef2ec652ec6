/** The client_token the host passes to `XS2A.startFlow`: a JWT the simulator signed for one flow. */

export interface ClientTokenClaims {
  flow_id: string;
  /** `urls.app`: the flow's endpoint of the fake app's API, `…/xs2a-app/v1/flows/{flow_id}`. */
  urls: { app: string };
}

const isClaims = (value: unknown): value is ClientTokenClaims => {
  const claims = value as { flow_id?: unknown; urls?: { app?: unknown } | null } | null;
  return typeof claims === 'object' && claims !== null && typeof claims.flow_id === 'string' &&
    typeof claims.urls === 'object' && claims.urls !== null && typeof claims.urls.app === 'string';
};

/**
 * The token's claims, read without checking the signature: the simulator checks it on every
 * call. Throws for anything but a token of this simulator, as Klarna's launcher rejects a token
 * of another environment.
 */
export function decodeToken(token: unknown): ClientTokenClaims {
  if (typeof token !== 'string') throw new TypeError('XS2A.startFlow: the client_token must be a string');
  const parts = token.split('.');
  let claims: unknown = null;
  if (parts.length === 3) {
    try {
      claims = JSON.parse(atob((parts[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')));
    } catch {
      claims = null;
    }
  }
  if (!isClaims(claims)) throw new Error('XS2A.startFlow: the client_token is not a token of this test environment');
  return claims;
}
