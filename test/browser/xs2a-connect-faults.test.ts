/**
 * The fault matrix of `<xs2a-connect>`: each way the host backend, the launcher script and the
 * XS2A App can fail, and the page removing the element in each state. Every scenario checks the
 * same things: the run ends in one state, with one terminal event carrying the right code (none
 * when the element left the page mid-run: that run ends silently); every flow the backend handed
 * out gets a DELETE; nothing reaches the page uncaught; and the same element then runs a flow
 * to `xs2a-finished`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/connect/define.js';
import type { Xs2aConnectState } from '../../src/connect/events.js';
import type { Xs2aConnect } from '../../src/connect/xs2a-connect.js';
import { Xs2aError } from '../../src/errors.js';
import type { Xs2aErrorEventCode } from '../../src/errors.js';
import launcher from '../../src/launcher/launcher-loader.js';
import { insightsResult, json } from './helpers/fake-backend.js';
import {
  emptyBody,
  endlessBody,
  failing,
  htmlPage,
  inTurn,
  installFaultBackend,
  noAnswer,
  okStatus,
  unreachable,
  wrongShape,
} from './helpers/fault-backend.js';
import type { Answer, Route } from './helpers/fault-backend.js';
import { stubLauncher } from './helpers/fake-launcher.js';
import type { FakeLauncher, StartedFlow } from './helpers/fake-launcher.js';
import { watchPageErrors } from './helpers/page-errors.js';
import { installClock } from './helpers/timers.js';
import { nextTask, until } from '../helpers/until.js';
import type { FakeClock } from './helpers/timers.js';

const eventNames = ['xs2a-state-change', 'xs2a-ready', 'xs2a-finished', 'xs2a-abort', 'xs2a-error', 'xs2a-close'] as const;
const terminalNames: ReadonlySet<string> = new Set(['xs2a-finished', 'xs2a-abort', 'xs2a-error']);

/** How a run ends, as the page sees it. */
type Ending =
  | {
      end: 'error';
      code: Xs2aErrorEventCode;
      message: RegExp;
      flowId?: string;
      status?: number;
      category?: string;
      /** Where the payload failed validation, on the `Xs2aError` that `start()` rejects with. */
      path?: string;
    }
  | { end: 'abort'; flowId?: string }
  | { end: 'finished'; flowId: string }
  /** Removed mid-run: `start()` rejects with `abort`, and nothing fires. */
  | { end: 'silent' }
  /** No run was started. */
  | { end: 'none' };

/** The ending, and every request the backend received, in order. */
type Expected = Ending & { calls: string[] };

interface Scenario {
  name: string;
  /** Sets the fault up and drives one run into it. */
  act(bench: Bench): void | Promise<void>;
  expected: Expected;
  /** Checks of its own, after the ending was checked and before the fault is undone. */
  also?(bench: Bench): void;
}

const stateAfter: Record<Ending['end'], Xs2aConnectState> = {
  error: 'error',
  abort: 'aborted',
  finished: 'finished',
  silent: 'aborted',
  none: 'idle',
};

interface Seen {
  type: string;
  detail: Record<string, unknown>;
}

/** One element on a fault-prone page: the backend, the launcher, the clock and what the page saw. */
class Bench {
  readonly seen: Seen[] = [];
  readonly backend = installFaultBackend();
  readonly page = watchPageErrors();
  app: FakeLauncher = stubLauncher();
  element!: Xs2aConnect;
  started = false;
  outcome?: { result: unknown } | { error: unknown };
  /** How many events had fired when the element left the page. */
  removedAfter?: number;
  private clock?: FakeClock;
  private home?: ParentNode;
  private readonly releases: (() => void)[] = [];

  async mount(): Promise<void> {
    this.element = await fixture<Xs2aConnect>(html`<xs2a-connect endpoint="/api">Connect</xs2a-connect>`);
    for (const type of eventNames) {
      this.element.addEventListener(type, (event) => {
        this.seen.push({ type, detail: (event as CustomEvent<Record<string, unknown>>).detail });
      });
    }
  }

  /** Starts a run, keeping how `start()` settles. */
  start(): void {
    this.started = true;
    this.outcome = undefined;
    this.element.start().then(
      (result) => (this.outcome = { result }),
      (error: unknown) => (this.outcome = { error }),
    );
  }

  /** Starts a run and returns the XS2A App it opens. */
  async showApp(): Promise<StartedFlow> {
    const shown = this.app.flows.length;
    this.start();
    await until(() => this.app.flows.length > shown, 'the XS2A App to show');
    return this.app.current;
  }

  reach(state: Xs2aConnectState): Promise<void> {
    return until(() => this.element.state === state, `state ${state}`);
  }

  reads(): number {
    return this.backend.calls().filter((call) => call.startsWith('GET ')).length;
  }

  useClock(): FakeClock {
    this.clock = installClock();
    return this.clock;
  }

  /** The launcher loader itself, loading real script tags. */
  useRealLauncher(src: string): void {
    this.app.restore();
    launcher.reset();
    delete window.XS2A;
    this.element.launcherSrc = src;
  }

  /** Gives the page the referrer policy `no-referrer` until the fault is undone. */
  sendNoReferrer(): void {
    const meta = Object.assign(document.createElement('meta'), { name: 'referrer', content: 'no-referrer' });
    document.head.append(meta);
    this.releases.push(() => {
      // Removing the tag keeps its policy; changing its content sets the browser's default again.
      meta.content = 'strict-origin-when-cross-origin';
      meta.remove();
    });
  }

  /** Makes the launcher wait until the fault is undone. */
  holdLauncher(): void {
    this.releases.push(this.app.hold());
  }

  remove(): void {
    this.home = this.element.parentNode ?? undefined;
    this.element.remove();
    this.removedAfter = this.seen.length;
  }

  /** Undoes every fault: a working backend, launcher and clock, the element back on the page. */
  heal(): void {
    this.clock?.uninstall();
    this.clock = undefined;
    for (const release of this.releases.splice(0)) release();
    this.backend.heal();
    this.app.restore();
    launcher.reset();
    delete window.XS2A;
    this.app = stubLauncher();
    this.element.launcherSrc = 'https://x.klarnacdn.net/xs2a/app-launcher/v0/xs2a-app-launcher.js';
    if (this.home && !this.element.isConnected) this.home.append(this.element);
  }

  dispose(): void {
    this.clock?.uninstall();
    for (const release of this.releases.splice(0)) release();
    this.app.restore();
    launcher.reset();
    delete window.XS2A;
    this.backend.restore();
    this.page.uninstall();
  }
}

/** Lets late events, requests and rejections arrive. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 3; turn++) await nextTask();
}

function rejection(bench: Bench): Xs2aError {
  const { outcome } = bench;
  if (!outcome || !('error' in outcome)) throw new Error('expected start() to reject');
  expect(outcome.error).to.be.instanceOf(Xs2aError);
  return outcome.error as Xs2aError;
}

async function expectEnding(bench: Bench, expected: Expected): Promise<void> {
  const { element, backend, seen } = bench;
  if (bench.started) await until(() => bench.outcome !== undefined, 'start() to settle');
  await until(() => backend.calls().length >= expected.calls.length, `the requests ${expected.calls.join(', ')}`);
  await settle();

  const state = stateAfter[expected.end];
  expect(element.state, 'state').to.equal(state);
  expect(element.getAttribute('state'), 'state attribute').to.equal(state);

  const terminal = seen.filter(({ type }) => terminalNames.has(type));
  const last = seen.findLastIndex(({ type }) => terminalNames.has(type));
  if (last >= 0) {
    const after = seen.slice(last + 1).map(({ type }) => type);
    expect(after.filter((type) => type !== 'xs2a-close'), 'events after the terminal one').to.deep.equal([]);
  }
  switch (expected.end) {
    case 'error': {
      expect(terminal.map(({ type }) => type), 'terminal events').to.deep.equal(['xs2a-error']);
      const { detail } = terminal[0]!;
      expect(detail.code, 'code').to.equal(expected.code);
      expect(detail.message, 'message').to.be.a('string').and.match(expected.message);
      expect(detail.flowId, 'flowId').to.equal(expected.flowId);
      expect(detail.status, 'status').to.equal(expected.status);
      expect(detail.category, 'category').to.equal(expected.category);
      const error = rejection(bench);
      expect(error.code).to.equal(expected.code);
      expect(error.message).to.equal(detail.message);
      if (expected.path !== undefined) expect(error.path, 'path').to.equal(expected.path);
      break;
    }
    case 'abort':
      expect(terminal.map(({ type }) => type), 'terminal events').to.deep.equal(['xs2a-abort']);
      expect(terminal[0]!.detail).to.deep.equal(expected.flowId === undefined ? {} : { flowId: expected.flowId });
      expect(rejection(bench).code).to.equal('abort');
      break;
    case 'finished':
      expect(terminal.map(({ type }) => type), 'terminal events').to.deep.equal(['xs2a-finished']);
      expect(terminal[0]!.detail).to.deep.equal({ flowId: expected.flowId, result: insightsResult });
      expect(bench.outcome).to.deep.equal({ result: insightsResult });
      break;
    case 'silent':
      expect(terminal, 'terminal events').to.deep.equal([]);
      expect(rejection(bench).code).to.equal('abort');
      break;
    case 'none':
      expect(seen, 'events').to.deep.equal([]);
      expect(bench.started).to.be.false;
      break;
  }
  if (bench.removedAfter !== undefined) expect(seen.length, 'events after the element left the page').to.equal(bench.removedAfter);
  expect(backend.calls(), 'requests').to.deep.equal(expected.calls);
  expect(backend.unclosed(), 'flows left open').to.deep.equal([]);
  expect(bench.page.caught, 'uncaught on the page').to.deep.equal([]);
}

/** With the fault undone, the same element runs a whole flow. */
async function expectUsable(bench: Bench): Promise<void> {
  bench.heal();
  const from = bench.seen.length;
  const calls = bench.backend.calls().length;
  const app = await bench.showApp();
  app.options.onReady?.();
  app.options.onFinished?.();
  await until(() => bench.outcome !== undefined, 'the second run to settle');
  app.options.onClose?.();
  await settle();
  expect(bench.outcome, 'the second run').to.deep.equal({ result: insightsResult });
  expect(bench.element.state).to.equal('finished');
  const seen = bench.seen.slice(from);
  const terminal = seen.filter(({ type }) => terminalNames.has(type));
  expect(terminal.map(({ type }) => type), 'terminal events of the second run').to.deep.equal(['xs2a-finished']);
  expect(seen.at(-1)?.type).to.equal('xs2a-close');
  const flowId = String(terminal[0]!.detail.flowId);
  expect(bench.backend.calls().slice(calls)).to.deep.equal(['POST /api/flows', `GET /api/flows/${flowId}`, `DELETE /api/flows/${flowId}`]);
  expect(bench.backend.unclosed(), 'flows left open').to.deep.equal([]);
  expect(bench.page.caught, 'uncaught on the page').to.deep.equal([]);
}

// --- The backend routes × the ways an answer can go wrong ---

const create = 'POST /api/flows';
const read = 'GET /api/flows/flow-1';
const close = 'DELETE /api/flows/flow-1';
const routeNames: Record<Route, string> = { create: 'POST /flows', read: 'GET /flows/{id}', close: 'DELETE /flows/{id}' };

interface Fault {
  name: string;
  answer(route: Route): Answer;
  /** What the element reports when the answer is one it reads. */
  code: 'network' | 'http' | 'invalid-response';
  status?(route: Route): number;
  message: RegExp;
  path?: string;
  /** Only the request's timeout (20 s, on a fake clock) ends it. */
  slow?: boolean;
}

const statuses = [
  [401, 'Unauthorized'],
  [403, 'Forbidden'],
  [404, 'Not Found'],
  [429, 'Too Many Requests'],
  [500, 'Internal Server Error'],
  [502, 'Bad Gateway'],
  [503, 'Service Unavailable'],
] as const;

const faults: Fault[] = [
  { name: 'is unreachable', answer: () => unreachable, code: 'network', message: /failed: Failed to fetch$/ },
  ...statuses.map(
    ([status, reason]): Fault => ({
      name: `answers ${status} ${reason}`,
      answer: () => failing(status, reason),
      code: 'http',
      status: () => status,
      message: new RegExp(`answered ${status}: ${reason}$`),
    }),
  ),
  {
    name: 'answers an HTML page with 200',
    answer: () => htmlPage(200),
    code: 'invalid-response',
    status: () => 200,
    message: /answered 200 with text\/html; charset=utf-8, not JSON$/,
  },
  { name: 'answers an HTML page with 403', answer: () => htmlPage(403), code: 'http', status: () => 403, message: /answered 403$/ },
  {
    name: 'answers JSON of the wrong shape',
    answer: (route) => wrongShape(okStatus(route)),
    code: 'invalid-response',
    status: okStatus,
    message: /^Invalid (created flow|flow) at data: required object is missing/,
    path: 'data',
  },
  { name: 'answers an empty body', answer: (route) => emptyBody(okStatus(route)), code: 'invalid-response', status: okStatus, message: /malformed JSON$/ },
  { name: 'never answers', answer: () => noAnswer, code: 'network', message: /got no answer within 20000 ms$/, slow: true },
  {
    name: 'answers with a body that never ends',
    answer: (route) => endlessBody(okStatus(route)),
    code: 'network',
    message: /got no answer within 20000 ms$/,
    slow: true,
  },
];

function routeScenario(route: Route, fault: Fault): Scenario {
  const status = fault.status?.(route);
  const error = { end: 'error', code: fault.code, message: fault.message, status, path: fault.path } as const;
  // A GET is retried once after a network failure or a 5xx; a POST or a DELETE never is.
  const retried = fault.code === 'network' || (status ?? 0) >= 500;
  const expected: Record<Route, Expected> = {
    create: { ...error, calls: [create] },
    read: { ...error, flowId: 'flow-1', calls: [create, read, ...(retried ? [read] : []), close] },
    // The DELETE goes out after the terminal event; its failure has nobody left to tell.
    close: { end: 'finished', flowId: 'flow-1', calls: [create, read, close] },
  };
  return {
    name: `${routeNames[route]} ${fault.name}`,
    expected: expected[route],
    async act(bench) {
      const clock = fault.slow ? bench.useClock() : undefined;
      bench.backend.set(route, fault.answer(route));
      if (route === 'create') {
        bench.start();
        if (clock) {
          await clock.tick(19_999);
          expect(bench.element.state).to.equal('creating-flow');
          await clock.tick(1);
        }
        return;
      }
      const app = await bench.showApp();
      app.options.onFinished?.();
      if (route === 'read' && clock) {
        await bench.reach('completing');
        await clock.tick(20_000);
        expect(bench.element.state, 'while the read is retried').to.equal('completing');
        expect(bench.reads()).to.equal(2);
        await clock.tick(20_000);
      }
      if (route === 'close') {
        await bench.reach('finished');
        // Lets a DELETE that never answers time out.
        await clock?.tick(20_000);
      }
    },
  };
}

const routes: Route[] = ['create', 'read', 'close'];
const routeScenarios = routes.flatMap((route) => faults.map((fault) => routeScenario(route, fault)));

// --- The launcher script and the XS2A App ---

const processing: Answer = () => json(200, { data: { state: 'PROCESSING' } });
const finished: Answer = () => json(200, { data: { state: 'FINISHED', result: insightsResult } });
const exception: Answer = () =>
  json(200, { data: { state: 'EXCEPTION', result: { type: 'error', category: 'TECHNICAL', message: 'Es ist ein interner technischer Fehler aufgetreten.' } } });

/** The XS2A App opens, then does `act` to its flow. */
const inApp = (act: (flow: StartedFlow, bench: Bench) => void | Promise<void>) => async (bench: Bench) => {
  await act(await bench.showApp(), bench);
};

const appScenarios: Scenario[] = [
  {
    name: 'the launcher script answers 404',
    act(bench) {
      // A page that sends no Referer, as many do: the test runner then leaves this 404 out of its
      // list of missing files, which is for mistakes in the tests.
      bench.sendNoReferrer();
      bench.useRealLauncher('/test/browser/fixtures/no-such-launcher.js');
      bench.start();
    },
    expected: { end: 'error', code: 'launcher-load', message: /^Could not load the XS2A App launcher from /, flowId: 'flow-1', calls: [create, close] },
    also() {
      expect(document.querySelectorAll('script[src*="no-such-launcher"]'), 'script tags left').to.have.length(0);
      expect(window.onXS2AReady).to.equal(undefined);
    },
  },
  {
    name: 'the launcher script never calls onXS2AReady',
    async act(bench) {
      bench.useRealLauncher('/test/browser/fixtures/fake-launcher.js?mode=inert&tag=fault-matrix');
      bench.element.launcherTimeout = 1000;
      const clock = bench.useClock();
      bench.start();
      await bench.reach('loading-launcher');
      await until(() => (window as { fakeLaunchers?: string[] }).fakeLaunchers?.includes('fault-matrix') ?? false, 'the launcher script to run');
      await clock.tick(999);
      expect(bench.element.state).to.equal('loading-launcher');
      await clock.tick(1);
    },
    expected: { end: 'error', code: 'launcher-timeout', message: /not ready within 1000 ms$/, flowId: 'flow-1', calls: [create, close] },
    also() {
      expect(window.onXS2AReady).to.equal(undefined);
    },
  },
  {
    name: 'startFlow throws an Error',
    act(bench) {
      bench.app.failStart(new TypeError('XS2A.startFlow: invalid client token'));
      bench.start();
    },
    expected: { end: 'error', code: 'launcher', message: /XS2A\.startFlow: invalid client token$/, flowId: 'flow-1', calls: [create, close] },
  },
  {
    name: 'startFlow throws a string',
    act(bench) {
      bench.app.failStart('client token expired');
      bench.start();
    },
    expected: { end: 'error', code: 'launcher', message: /^client token expired$/, flowId: 'flow-1', calls: [create, close] },
  },
  // After onError the flow is read once, for the full category of an EXCEPTION.
  {
    name: 'onError with undefined',
    act: inApp((flow) => {
      flow.options.onError?.(undefined);
    }),
    expected: { end: 'error', code: 'launcher', message: /^The XS2A App reported an error$/, flowId: 'flow-1', calls: [create, read, close] },
  },
  {
    name: 'onError with a string',
    act: inApp((flow) => {
      flow.options.onError?.('The bank is not available');
    }),
    expected: { end: 'error', code: 'launcher', message: /^The bank is not available$/, flowId: 'flow-1', calls: [create, read, close] },
  },
  {
    name: 'onError with an object',
    act: inApp((flow) => {
      flow.options.onError?.({ code: 'BANK_UNAVAILABLE', details: ['maintenance'] });
    }),
    expected: { end: 'error', code: 'launcher', message: /^The XS2A App reported an error$/, flowId: 'flow-1', calls: [create, read, close] },
  },
  {
    name: 'onAbort',
    act: inApp((flow) => {
      flow.options.onAbort?.();
    }),
    expected: { end: 'abort', flowId: 'flow-1', calls: [create, close] },
  },
  {
    name: 'onFinished, the flow PROCESSING twice (read again after 0.5 s, then 1 s), then EXCEPTION',
    async act(bench) {
      const clock = bench.useClock();
      bench.backend.set('read', inTurn(processing, processing, exception));
      const flow = await bench.showApp();
      flow.options.onFinished?.();
      await until(() => bench.reads() === 1 && clock.pending === 1, 'the first read and its back-off');
      await clock.tick(499);
      expect(bench.reads()).to.equal(1);
      await clock.tick(1);
      expect(bench.reads()).to.equal(2);
      await clock.tick(999);
      expect(bench.reads()).to.equal(2);
      await clock.tick(1);
    },
    expected: {
      end: 'error',
      code: 'flow',
      message: /^Es ist ein interner technischer Fehler aufgetreten\.$/,
      flowId: 'flow-1',
      category: 'TECHNICAL',
      calls: [create, read, read, read, close],
    },
  },
  {
    name: 'onFinished, the flow PROCESSING at every read: it gives up after 10 reads in 32.5 s',
    async act(bench) {
      const clock = bench.useClock();
      bench.backend.set('read', processing);
      const flow = await bench.showApp();
      flow.options.onFinished?.();
      await clock.tick(32_499);
      expect(bench.reads()).to.equal(9);
      expect(bench.element.state).to.equal('completing');
      await clock.tick(1);
    },
    expected: { end: 'error', code: 'flow', message: /still PROCESSING after 10 reads$/, flowId: 'flow-1', calls: [create, ...Array<string>(10).fill(read), close] },
  },
  {
    name: 'onFinished fired twice at once',
    act: inApp((flow) => {
      flow.options.onFinished?.();
      flow.options.onFinished?.();
    }),
    expected: { end: 'finished', flowId: 'flow-1', calls: [create, read, close] },
  },
  {
    name: 'onFinished fired again after the run finished',
    act: inApp(async (flow, bench) => {
      flow.options.onFinished?.();
      await bench.reach('finished');
      flow.options.onFinished?.();
    }),
    expected: { end: 'finished', flowId: 'flow-1', calls: [create, read, close] },
  },
  {
    name: 'the network is lost between onFinished and the GET',
    act: inApp((flow, bench) => {
      bench.backend.set('read', unreachable);
      bench.backend.set('close', unreachable);
      flow.options.onFinished?.();
    }),
    expected: { end: 'error', code: 'network', message: /failed: Failed to fetch$/, flowId: 'flow-1', calls: [create, read, read, close] },
  },
  {
    name: 'the network drops for the first GET only: the retry reads the result',
    act: inApp((flow, bench) => {
      bench.backend.set('read', inTurn(unreachable, finished));
      flow.options.onFinished?.();
    }),
    expected: { end: 'finished', flowId: 'flow-1', calls: [create, read, read, close] },
  },
];

// --- The page removes the element in each state ---

/** `reach` brings the run into `state`; then the element is removed, and what `reach` returned runs (the app or the backend going on). */
function removedIn(
  state: Xs2aConnectState,
  expected: Expected,
  reach: (bench: Bench) => Promise<(() => void) | undefined> | (() => void) | undefined,
): Scenario {
  return {
    name: `the element is removed while ${state}`,
    expected,
    async act(bench) {
      const after = await reach(bench);
      expect(bench.element.state, 'state when removed').to.equal(state);
      bench.remove();
      after?.();
    },
  };
}

const removalScenarios: Scenario[] = [
  removedIn('idle', { end: 'none', calls: [] }, () => undefined),
  removedIn('creating-flow', { end: 'silent', calls: [create, close] }, async (bench) => {
    const release = bench.backend.hold('create');
    bench.start();
    await bench.reach('creating-flow');
    return release;
  }),
  removedIn('loading-launcher', { end: 'silent', calls: [create, close] }, async (bench) => {
    bench.holdLauncher();
    bench.start();
    await bench.reach('loading-launcher');
    return undefined;
  }),
  removedIn('in-flow', { end: 'silent', calls: [create, close] }, async (bench) => {
    const flow = await bench.showApp();
    return () => {
      flow.options.onFinished?.();
      flow.options.onClose?.();
    };
  }),
  removedIn('completing', { end: 'silent', calls: [create, read, close] }, async (bench) => {
    const release = bench.backend.hold('read');
    const flow = await bench.showApp();
    flow.options.onFinished?.();
    await bench.reach('completing');
    return release;
  }),
  removedIn('finished', { end: 'finished', flowId: 'flow-1', calls: [create, read, close] }, async (bench) => {
    const flow = await bench.showApp();
    flow.options.onFinished?.();
    await bench.reach('finished');
    return () => flow.options.onClose?.();
  }),
  removedIn('aborted', { end: 'abort', flowId: 'flow-1', calls: [create, close] }, async (bench) => {
    const flow = await bench.showApp();
    flow.options.onAbort?.();
    await bench.reach('aborted');
    return () => flow.options.onClose?.();
  }),
  removedIn('error', { end: 'error', code: 'http', status: 500, message: /answered 500: Internal Server Error$/, calls: [create] }, async (bench) => {
    bench.backend.set('create', failing(500, 'Internal Server Error'));
    bench.start();
    await bench.reach('error');
    return undefined;
  }),
];

const scenarios: Scenario[] = [...routeScenarios, ...appScenarios, ...removalScenarios];

describe('<xs2a-connect>: fault matrix', () => {
  let bench: Bench;

  beforeEach(async () => {
    bench = new Bench();
    await bench.mount();
  });

  afterEach(() => {
    bench.dispose();
  });

  scenarios.forEach((scenario, index) => {
    it(`fault ${index + 1}/${scenarios.length}: ${scenario.name}`, async () => {
      await scenario.act(bench);
      await expectEnding(bench, scenario.expected);
      scenario.also?.(bench);
      await expectUsable(bench);
    });
  });
});

describe('<xs2a-connect>: fault matrix checks', () => {
  it('sees a promise rejection that nobody handled', () => {
    const page = watchPageErrors();
    try {
      const reason = new Error('nobody handled this');
      window.dispatchEvent(new PromiseRejectionEvent('unhandledrejection', { promise: new Promise(() => undefined), reason }));
      expect(page.caught).to.deep.equal([reason]);
    } finally {
      page.uninstall();
    }
  });
});
