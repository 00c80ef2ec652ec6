import { backend } from '../../../lib/xs2a';

/**
 * The host backend: flows and reports for `<xs2a-connect>` and the page. A route handler sees no
 * socket: Next's server puts the client's address in `X-Forwarded-For`, which Klarna's `psu`
 * needs. Behind another proxy, pass the address that proxy vouches for.
 */
const handler = (request: Request) => backend(request, { clientAddress: request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || undefined });
export { handler as GET, handler as POST, handler as DELETE, handler as OPTIONS };
