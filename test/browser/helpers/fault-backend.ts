/**
 * A host backend that fails on demand, on top of the fake backend: each route of the contract
 * answers like a healthy backend until a test gives it another answer. Flows are numbered
 * (`flow-1`, `flow-2`, …), so a test can tell which flows were handed out and never closed.
 */
import { insightsResult, installFakeBackend, json } from './fake-backend.js';
import type { FakeBackend, Handler, RecordedRequest } from './fake-backend.js';

/** The backend routes `<xs2a-connect>` calls: `POST /flows`, `GET /flows/{id}`, `DELETE /flows/{id}`. */
export type Route = 'create' | 'read' | 'close';

/** One route's answer to one request. */
export type Answer = Handler;

export const routeOf = ({ method }: RecordedRequest): Route =>
  method === 'POST' ? 'create' : method === 'DELETE' ? 'close' : 'read';

/** What the route answers when it works: 201 for a created flow, 200 otherwise. */
export const okStatus = (route: Route): number => (route === 'create' ? 201 : 200);

/** The connection fails, the way `fetch` rejects when the server cannot be reached. */
export const unreachable: Answer = () => Promise.reject(new TypeError('Failed to fetch'));

/** Headers never come; only the request's own abort (its timeout) ends the wait. */
export const noAnswer: Answer = () => new Promise<Response>(() => undefined);

/** A non-2xx status with the contract's error body. */
export const failing =
  (status: number, message: string): Answer =>
  () =>
    json(status, { error: { code: `HTTP_${status}`, message } });

/** An HTML page, as a proxy, a login wall or a CDN answers in place of the backend. */
export const htmlPage =
  (status: number): Answer =>
  () =>
    new Response('<!doctype html><title>Error</title><h1>Something went wrong</h1>', {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });

/** A JSON body that is not in the shape the contract documents. */
export const wrongShape =
  (status: number): Answer =>
  () =>
    json(status, { flow: { id: 'flow-1', status: 'ok' } });

/** A JSON content type with nothing after the headers. */
export const emptyBody =
  (status: number): Answer =>
  () =>
    new Response('', { status, headers: { 'content-type': 'application/json' } });

/** Headers arrive, the body starts and never ends; aborting the request errors it, as in a browser. */
export const endlessBody =
  (status: number): Answer =>
  (_request, signal) =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"data":'));
          signal?.addEventListener('abort', () => {
            controller.error(signal.reason);
          });
        },
      }),
      { status, headers: { 'content-type': 'application/json' } },
    );

/** Each answer once, in order; the last one from then on. */
export function inTurn(...answers: [Answer, ...Answer[]]): Answer {
  let turn = 0;
  return (request, signal) => answers[Math.min(turn++, answers.length - 1)]!(request, signal);
}

export interface FaultBackend extends FakeBackend {
  /** Makes `route` answer with `answer` from now on; without one, the route works again. */
  set(route: Route, answer?: Answer): void;
  /** Every route works again, and held answers are released. */
  heal(): void;
  /** Holds the answers of `route` back until the returned function is called. */
  hold(route: Route): () => void;
  /** The flows a working create handed out that got no DELETE. */
  unclosed(): string[];
}

export function installFaultBackend(): FaultBackend {
  let created = 0;
  const opened: string[] = [];
  const faults = new Map<Route, Answer>();
  const holds = new Map<Route, Promise<void>>();
  const releases = new Set<() => void>();
  const working: Record<Route, Answer> = {
    create: () => {
      created += 1;
      const flowId = `flow-${created}`;
      opened.push(flowId);
      return json(201, { data: { flow_id: flowId, client_token: `token-${created}`, state: 'CONSUMER_INPUT_NEEDED' } });
    },
    read: () => json(200, { data: { state: 'FINISHED', result: insightsResult } }),
    close: () => new Response(null, { status: 204 }),
  };
  const backend = installFakeBackend(async (request, signal) => {
    const route = routeOf(request);
    await holds.get(route);
    return (faults.get(route) ?? working[route])(request, signal);
  });
  const closed = (): Set<string> =>
    new Set(backend.requests.filter((request) => request.method === 'DELETE').map(({ path }) => decodeURIComponent(path.split('/').at(-1) ?? '')));
  return {
    ...backend,
    set(route, answer) {
      if (answer) faults.set(route, answer);
      else faults.delete(route);
    },
    heal() {
      faults.clear();
      for (const release of releases) release();
    },
    hold(route) {
      let open!: () => void;
      holds.set(route, new Promise((resolve) => (open = resolve)));
      const release = (): void => {
        releases.delete(release);
        holds.delete(route);
        open();
      };
      releases.add(release);
      return release;
    },
    unclosed: () => opened.filter((flowId) => !closed().has(flowId)),
  };
}
