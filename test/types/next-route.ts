/**
 * `export const POST = backend` in a Next.js route file: Next 16 checks each method export against
 * its route-handler type, which this file restates with a structural stand-in for `NextRequest`
 * (a `Request` with more fields), so the check needs no `next` install. `tsc` fails on a mismatch.
 */
import type * as route from '../../examples/backend/next-route.js';
import type { HostBackend } from '../../src/server/index.js';

/** Next's `NextRequest`: a `Request` with parsed URL, cookies and more. */
declare class NextRequest extends Request {
  readonly nextUrl: URL & { readonly searchParams: URLSearchParams };
  readonly cookies: { get(name: string): { name: string; value: string } | undefined; getAll(): { name: string; value: string }[] };
}

/** What Next 16 requires of `GET`, `POST`, … in `app/api/xs2a/[...path]/route.ts`. */
type RouteHandler = (request: NextRequest, context: { params: Promise<{ path: string[] }> }) => Response | Promise<Response>;

type IsRouteHandler<Handler extends RouteHandler> = Handler;

export type RouteFileChecks = [
  IsRouteHandler<typeof route.GET>,
  IsRouteHandler<typeof route.POST>,
  IsRouteHandler<typeof route.DELETE>,
  IsRouteHandler<HostBackend>,
];

// The check can fail: a handler that needs what Next does not pass is refused.
// @ts-expect-error Next passes `params`, not a `clientAddress`.
export type RefusedHandler = IsRouteHandler<(request: Request, context: { clientAddress: string }) => Promise<Response>>;
