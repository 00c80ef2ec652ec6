/**
 * Who owns a request: the host's own user (from `identify`) or, by default, an anonymous browser
 * id in a signed cookie. Every flow and consumer is bound to its owner.
 */
import type { BrowserCookies } from './browser-cookie.js';
import { HostError } from './http.js';

export type Identify = (request: Request) => string | undefined | Promise<string | undefined>;

export interface Owner {
  id: string;
  /** A cookie to send with the answer, when this request minted the anonymous id. */
  setCookie?: string;
}

export interface OwnerResolver {
  /** The owner of a request that may create things: the default mints an anonymous id if none. */
  forCreate(request: Request): Promise<Owner>;
  /** The owner of a request that reads: `undefined` when it has none (which finds nothing). */
  forRead(request: Request): Promise<string | undefined>;
}

const unauthorized = (): HostError => new HostError(401, 'unauthorized', 'Sign in to connect a bank');

export function createOwnerResolver(identify: Identify | undefined, cookies: BrowserCookies): OwnerResolver {
  if (identify) {
    const owner = async (request: Request): Promise<string> => {
      const id = await identify(request);
      if (typeof id !== 'string' || id === '') throw unauthorized();
      return id;
    };
    return {
      forCreate: async (request) => ({ id: await owner(request) }),
      forRead: owner,
    };
  }
  return {
    async forCreate(request) {
      const existing = await cookies.read(request);
      if (existing !== undefined) return { id: existing };
      const minted = await cookies.mint(request);
      return { id: minted.browserId, setCookie: minted.setCookie };
    },
    forRead: (request) => cookies.read(request),
  };
}
