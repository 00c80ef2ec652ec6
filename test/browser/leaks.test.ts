/**
 * Leaks, measured: 100 cycles of each element (mount, set data or start a run, render, abort,
 * unmount) must leave the page as they found it. A probe installed before the cycles counts what
 * an element can leave behind: DOM nodes (shadow roots included), script tags, pending timeouts,
 * intervals and animation frames, listeners on window, document, <html>, <body> and media
 * queries, and ResizeObserver/MutationObserver/IntersectionObserver observations. After the
 * cycles, a full garbage collection (the `gc` command of scripts/test-runner/gc-plugin.mjs) must free every
 * unmounted element: something still holding one is a leak the counters cannot see.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { Xs2aConnect } from '../../src/connect/xs2a-connect.js';
import launcher from '../../src/launcher/launcher-loader.js';
import type { BalancePoint, ExpenseCategory } from '../../src/model/report-model.js';
import type { Xs2aReport } from '../../src/report/xs2a-report.js';
import type { Xs2aTransactionList } from '../../src/transaction-list/xs2a-transaction-list.js';
import { march, transaction } from '../fixtures/transactions.js';
import { deferred, happyPath, installFakeBackend, json } from './helpers/fake-backend.js';
import type { Deferred, FakeBackend, Handler } from './helpers/fake-backend.js';
import { stubLauncher } from './helpers/fake-launcher.js';
import type { FakeLauncher } from './helpers/fake-launcher.js';
import { trackTimers, type TimerTracker } from './helpers/timers.js';
import { until, type UntilOptions } from '../helpers/until.js';
import { modularReport } from '../fixtures/reports.js';

const cycles = 100;

/** Waits run through real requests to the test server and whole renders: more turns than the default. */
const served: UntilOptions = { turns: 2000 };

const real = {
  setTimeout: window.setTimeout.bind(window),
  setInterval: window.setInterval.bind(window),
  clearInterval: window.clearInterval.bind(window),
  requestAnimationFrame: window.requestAnimationFrame.bind(window),
  cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
  // Called with the target as `this` through `.call`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  addEventListener: EventTarget.prototype.addEventListener,
  // eslint-disable-next-line @typescript-eslint/unbound-method
  removeEventListener: EventTarget.prototype.removeEventListener,
  ResizeObserver: window.ResizeObserver,
  MutationObserver: window.MutationObserver,
  IntersectionObserver: window.IntersectionObserver,
};

/** What the probe counts; each must be the same after the cycles as before. */
interface Snapshot {
  nodes: number;
  scripts: number;
  timeouts: number;
  intervals: number;
  frames: number;
  listeners: number;
  observations: number;
}

/** Every node of the document, descending into open shadow roots. */
function countNodes(): { nodes: number; scripts: number } {
  let nodes = 0;
  let scripts = 0;
  const visit = (root: Node): void => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      nodes += 1;
      if (node instanceof HTMLScriptElement) scripts += 1;
      if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    }
  };
  visit(document);
  return { nodes, scripts };
}

/**
 * Counts live timers, frames, global listeners and observations by wrapping the APIs that create
 * them. It holds no element, listener or observer itself (ids and counts only), so it cannot keep
 * alive what the garbage collection check looks for.
 */
class Probe {
  #timeouts: TimerTracker | undefined;
  readonly #intervals = new Set<number>();
  readonly #frames = new Set<number>();
  readonly #listeners = new Set<string>();
  readonly #ids = new WeakMap<object, number>();
  #nextId = 0;
  #observations = 0;
  #peak: Snapshot = { nodes: 0, scripts: 0, timeouts: 0, intervals: 0, frames: 0, listeners: 0, observations: 0 };

  /** The most of each seen by `peek()`, e.g. while an element was on the page. */
  get peak(): Snapshot {
    return { ...this.#peak };
  }

  peek(): void {
    const now = this.snapshot();
    for (const key of Object.keys(now) as (keyof Snapshot)[]) this.#peak[key] = Math.max(this.#peak[key], now[key]);
  }

  install(): void {
    const frames = this.#frames;
    this.#timeouts = trackTimers();
    window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = real.setInterval(handler, ms, ...args);
      this.#intervals.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) this.#intervals.delete(id);
      real.clearInterval(id);
    }) as typeof window.clearInterval;
    window.requestAnimationFrame = (callback: FrameRequestCallback): number => {
      const id = real.requestAnimationFrame((time) => {
        frames.delete(id);
        callback(time);
      });
      frames.add(id);
      return id;
    };
    window.cancelAnimationFrame = (id: number): void => {
      frames.delete(id);
      real.cancelAnimationFrame(id);
    };
    this.#wrapListeners();
    this.#wrapObservers();
  }

  uninstall(): void {
    this.#timeouts?.uninstall();
    window.setInterval = real.setInterval;
    window.clearInterval = real.clearInterval;
    window.requestAnimationFrame = real.requestAnimationFrame;
    window.cancelAnimationFrame = real.cancelAnimationFrame;
    EventTarget.prototype.addEventListener = real.addEventListener;
    EventTarget.prototype.removeEventListener = real.removeEventListener;
    window.ResizeObserver = real.ResizeObserver;
    window.MutationObserver = real.MutationObserver;
    window.IntersectionObserver = real.IntersectionObserver;
  }

  snapshot(): Snapshot {
    return {
      ...countNodes(),
      timeouts: this.#timeouts?.pending ?? 0,
      intervals: this.#intervals.size,
      frames: this.#frames.size,
      listeners: this.#listeners.size,
      observations: this.#observations,
    };
  }

  #id(value: object): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.#nextId++;
      this.#ids.set(value, id);
    }
    return id;
  }

  /** Listeners on the page's long-lived targets: window, document, <html>, <body>, media queries. */
  #wrapListeners(): void {
    const id = (value: object): number => this.#id(value);
    const listeners = this.#listeners;
    const isGlobal = (target: EventTarget): boolean =>
      target === window || target === document || target === document.documentElement || target === document.body || target instanceof MediaQueryList;
    const keyOf = (target: EventTarget, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): string =>
      `${id(target)} ${type} ${id(listener)} ${(typeof options === 'boolean' ? options : options?.capture) === true ? 'capture' : 'bubble'}`;
    EventTarget.prototype.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ): void {
      real.addEventListener.call(this, type, listener, options);
      if (!listener || !isGlobal(this)) return;
      const key = keyOf(this, type, listener, options);
      const signal = typeof options === 'object' ? options.signal : undefined;
      if (signal?.aborted) return;
      listeners.add(key);
      const forget = (): void => {
        listeners.delete(key);
      };
      if (typeof options === 'object' && options.once) real.addEventListener.call(this, type, forget, { once: true, capture: options.capture ?? false });
      if (signal) real.addEventListener.call(signal, 'abort', forget, { once: true });
    };
    EventTarget.prototype.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ): void {
      real.removeEventListener.call(this, type, listener, options);
      if (listener && isGlobal(this)) listeners.delete(keyOf(this, type, listener, options));
    };
  }

  /** Observations still active: observe() adds one per new target, unobserve() and disconnect() take them back. */
  #wrapObservers(): void {
    const count = (change: number): void => {
      this.#observations += change;
    };
    /** The targets of one observer; held by the observer, so it lives and dies with it. */
    class Targets {
      readonly #targets = new Set<Node>();
      add(target: Node): void {
        if (this.#targets.has(target)) return;
        this.#targets.add(target);
        count(1);
      }
      remove(target: Node): void {
        if (this.#targets.delete(target)) count(-1);
      }
      clear(): void {
        count(-this.#targets.size);
        this.#targets.clear();
      }
    }
    class CountingResizeObserver extends real.ResizeObserver {
      readonly #targets = new Targets();
      override observe(target: Element, options?: ResizeObserverOptions): void {
        super.observe(target, options);
        this.#targets.add(target);
      }
      override unobserve(target: Element): void {
        super.unobserve(target);
        this.#targets.remove(target);
      }
      override disconnect(): void {
        super.disconnect();
        this.#targets.clear();
      }
    }
    class CountingMutationObserver extends real.MutationObserver {
      readonly #targets = new Targets();
      override observe(target: Node, options?: MutationObserverInit): void {
        super.observe(target, options);
        this.#targets.add(target);
      }
      override disconnect(): void {
        super.disconnect();
        this.#targets.clear();
      }
    }
    class CountingIntersectionObserver extends real.IntersectionObserver {
      readonly #targets = new Targets();
      override observe(target: Element): void {
        super.observe(target);
        this.#targets.add(target);
      }
      override unobserve(target: Element): void {
        super.unobserve(target);
        this.#targets.remove(target);
      }
      override disconnect(): void {
        super.disconnect();
        this.#targets.clear();
      }
    }
    window.ResizeObserver = CountingResizeObserver;
    window.MutationObserver = CountingMutationObserver;
    window.IntersectionObserver = CountingIntersectionObserver;
  }
}

/** Lets pending work settle: tasks, two animation frames, then tasks again. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 3; turn++) {
    await new Promise((resolve) => real.setTimeout(resolve, 10));
    await new Promise((resolve) => real.requestAnimationFrame(() => real.requestAnimationFrame(resolve)));
  }
}

/** Full garbage collections, with a task between them for finalizers and weak callbacks. */
async function collectGarbage(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await executeServerCommand('gc');
    await new Promise((resolve) => real.setTimeout(resolve, 20));
  }
}

interface Measured {
  before: Snapshot;
  /** The most of each while an element was mounted, across the counted cycles. */
  peak: Snapshot;
  after: Snapshot;
  /** Unmounted elements still reachable after a full garbage collection. */
  alive: number;
  heapDeltaKb?: number;
  errors: string[];
}

const zero: Snapshot = { nodes: 0, scripts: 0, timeouts: 0, intervals: 0, frames: 0, listeners: 0, observations: 0 };
const delta = (measured: Measured): Snapshot =>
  Object.fromEntries(Object.keys(zero).map((key) => [key, measured.after[key as keyof Snapshot] - measured.before[key as keyof Snapshot]])) as unknown as Snapshot;

const heapUsed = (): number | undefined => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;

/** Records the counts while an element is mounted (cycles call it right before unmounting). */
let peek: () => void = () => undefined;

/**
 * Runs `cycle` three times to warm up (the launcher script, the Trusted Types policy, caches of
 * formatters and templates are made once per page, by design), then `cycles` times under the
 * probe. `cycle` returns the element it unmounted; `release` drops what the test's own fakes
 * keep (recorded launcher flows, say) before the garbage collection.
 */
async function measure(cycle: (index: number) => Promise<Element>, release: () => void = () => undefined): Promise<Measured> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => {
    errors.push(event.message);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    errors.push(`unhandled rejection: ${String(event.reason)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const probe = new Probe();
  try {
    probe.install();
    for (let index = 0; index < 3; index++) await cycle(-1 - index);
    await settle();
    await collectGarbage();
    const before = probe.snapshot();
    peek = () => {
      probe.peek();
    };
    const heapBefore = heapUsed();
    const refs: WeakRef<Element>[] = [];
    for (let index = 0; index < cycles; index++) refs.push(new WeakRef(await cycle(index)));
    await settle();
    const after = probe.snapshot();
    release();
    await collectGarbage();
    const heapAfter = heapUsed();
    const alive = refs.filter((ref) => ref.deref() !== undefined).length;
    return {
      before,
      peak: probe.peak,
      after,
      alive,
      ...(heapBefore !== undefined && heapAfter !== undefined ? { heapDeltaKb: Math.round((heapAfter - heapBefore) / 1024) } : {}),
      errors,
    };
  } finally {
    peek = () => undefined;
    probe.uninstall();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

/**
 * One line per element in the browser log, then the assertions. `seen` names what the element
 * is known to use while mounted (the list's scroll listener and observers, say): the
 * probe must have counted it, or its zero after the cycles would prove nothing.
 */
function expectNoLeaks(name: string, measured: Measured, seen: Partial<Snapshot> = {}): void {
  const change = delta(measured);
  console.log(
    `leaks: ${name}, ${cycles} cycles: ${Object.entries(change).map(([key, value]) => `Δ${key} ${value}`).join(', ')}; ` +
      `${measured.alive} of ${cycles} unmounted elements reachable after GC; JS heap Δ ${measured.heapDeltaKb ?? '?'} kB (the test's own records included); ` +
      `while mounted, up to ${(Object.keys(zero) as (keyof Snapshot)[]).map((key) => `+${measured.peak[key] - measured.before[key]} ${key}`).join(', ')}`,
  );
  expect(measured.errors, 'errors on the page').to.deep.equal([]);
  expect(change).to.deep.equal(zero);
  expect(measured.alive, 'unmounted elements still reachable after a full GC').to.equal(0);
  for (const [key, least] of Object.entries(seen)) {
    const field = key as keyof Snapshot;
    expect(measured.peak[field] - measured.before[field], `${field} while mounted`).to.be.at.least(least);
  }
}

const stage = (): HTMLElement => {
  const host = document.createElement('div');
  host.style.setProperty('--xs2a-list-height', '240px');
  document.body.append(host);
  return host;
};

/** Elements `leakEverything` keeps, and how to undo each of its leaks after the measurement. */
const kept: Element[] = [];
const undo: (() => void)[] = [];

/** Leaves one of each thing the probe counts behind, to prove the probe sees them. */
function leakEverything(element: HTMLElement): void {
  kept.push(element);
  const onEvent = (): void => {
    element.remove();
  };
  window.addEventListener('resize', onEvent);
  document.addEventListener('visibilitychange', onEvent, { once: true });
  const timeout = setTimeout(onEvent, 60_000);
  const interval = setInterval(onEvent, 60_000);
  let frameId = 0;
  const frame = (): void => {
    frameId = requestAnimationFrame(frame);
  };
  frame();
  const observer = new ResizeObserver(onEvent);
  observer.observe(element);
  const script = document.createElement('script');
  script.type = 'text/plain';
  document.head.append(script);
  const comment = document.createComment('leak');
  document.body.append(comment);
  undo.push(() => {
    window.removeEventListener('resize', onEvent);
    document.removeEventListener('visibilitychange', onEvent);
    clearTimeout(timeout);
    clearInterval(interval);
    cancelAnimationFrame(frameId);
    observer.disconnect();
    script.remove();
    comment.remove();
  });
}

describe('leaks: 100 cycles of each element leave nothing behind', function () {
  this.timeout(60_000);
  let host: HTMLElement;
  beforeEach(() => {
    host = stage();
  });
  afterEach(() => {
    host.remove();
  });

  it('the probe sees nodes, a script, a timeout, an interval, a frame, listeners, an observation and a reference left by each cycle', async () => {
    const measured = await measure((): Promise<Element> => {
      const element = document.createElement('div');
      host.append(element);
      leakEverything(element);
      element.remove();
      return Promise.resolve(element);
    });
    for (const step of undo.splice(0)) step();
    kept.length = 0;
    const change = delta(measured);
    // Each cycle: a comment and a script tag (2 nodes, 1 script), a listener on window and one on document.
    expect(change).to.deep.equal({ nodes: 2 * cycles, scripts: cycles, timeouts: cycles, intervals: cycles, frames: cycles, listeners: 2 * cycles, observations: cycles });
    expect(measured.alive).to.equal(cycles);
  });

  describe('<xs2a-connect>', () => {
    let backend: FakeBackend | undefined;
    let fake: FakeLauncher | undefined;
    afterEach(() => {
      backend?.restore();
      fake?.restore();
      backend = undefined;
      fake = undefined;
      launcher.reset();
      delete window.XS2A;
      window.onXS2AReady = undefined;
    });

    const mount = (src: string): Xs2aConnect => {
      const element = document.createElement('xs2a-connect');
      element.endpoint = '/api';
      element.launcherSrc = src;
      element.textContent = 'Connect';
      host.append(element);
      return element;
    };

    it('mount, start, abort in the XS2A App, unmount: the real loader and a launcher script', async () => {
      backend = installFakeBackend();
      const launcherSrc = '/test/browser/fixtures/fake-launcher.js?mode=arg&tag=leaks';
      const onXS2AReady = window.onXS2AReady;
      const measured = await measure(async () => {
        const element = mount(launcherSrc);
        const run = element.start().catch((error: unknown) => error);
        await until(() => element.state === 'in-flow', 'in-flow', served);
        await element.abort();
        expect(((await run) as Error).message).to.contain('aborted');
        peek();
        element.remove();
        return element;
      }, () => {
        // The fixture launcher records every flow it started, callbacks included.
        (window.XS2A as unknown as { flows: unknown[] }).flows.length = 0;
      });
      expectNoLeaks('<xs2a-connect> start → in-flow → abort → unmount', measured, { nodes: 5 });
      expect(window.onXS2AReady, 'the loader’s ready hook is gone').to.equal(onXS2AReady);
      expect(document.querySelectorAll('script[data-xs2a-launcher]'), 'one launcher script, loaded once').to.have.length(1);
      expect(backend.calls().filter((call) => call.startsWith('DELETE'))).to.have.length(cycles + 3);
    });

    it('removed in each state: creating-flow, loading-launcher, in-flow, and after the run ended', async () => {
      let held: Deferred<Response> | undefined;
      const handler: Handler = (request) => {
        if (held && request.method === 'POST') return held.promise;
        return happyPath(request);
      };
      backend = installFakeBackend(handler);
      fake = stubLauncher();
      const stub = fake;
      const measured = await measure(async (index) => {
        const variant = ((index % 4) + 4) % 4;
        if (variant === 0) held = deferred();
        const open = variant === 1 ? stub.hold() : undefined;
        const element = mount('/launcher.js');
        const run = element.start().catch((error: unknown) => error);
        if (variant === 0) await until(() => element.state === 'creating-flow', 'creating-flow', served);
        else if (variant === 1) await until(() => element.state === 'loading-launcher', 'loading-launcher', served);
        else await until(() => element.state === 'in-flow', 'in-flow', served);
        if (variant === 3) {
          stub.current.options.onAbort?.();
          stub.current.options.onClose?.();
        }
        peek();
        element.remove();
        await run;
        // What was held answers after the element left: the flow must still be closed.
        held?.resolve(json(201, { data: { flow_id: `late-${index}`, client_token: 'token', state: 'CONSUMER_INPUT_NEEDED' } }));
        held = undefined;
        open?.();
        await until(() => backend?.calls().at(-1)?.startsWith('DELETE') === true, 'the flow closed', served);
        return element;
      }, () => {
        stub.flows.length = 0;
        stub.loads.length = 0;
      });
      expectNoLeaks('<xs2a-connect> removed in each state', measured, { nodes: 5 });
    });

    it('a launcher that never becomes ready: each run times out or is left, and its script tag goes', async () => {
      backend = installFakeBackend();
      const onXS2AReady = window.onXS2AReady;
      const measured = await measure(async (index) => {
        const element = mount('/test/browser/fixtures/fake-launcher.js?mode=inert&tag=leaks');
        element.launcherTimeout = 30;
        const run = element.start().catch((error: unknown) => error);
        if (index % 2 === 0) {
          // Removed while the script is loading.
          await until(() => element.state === 'loading-launcher', 'loading-launcher', served);
          peek();
          element.remove();
          await run;
        } else {
          expect(((await run) as Error).message).to.contain('not ready');
          peek();
          element.remove();
        }
        return element;
      });
      expectNoLeaks('<xs2a-connect> launcher never ready', measured, { scripts: 1, timeouts: 1 });
      expect(window.onXS2AReady, 'the loader’s ready hook is gone').to.equal(onXS2AReady);
      expect(document.querySelectorAll('script[data-xs2a-launcher]'), 'no launcher script left').to.have.length(0);
    });
  });

  describe('<xs2a-report>', () => {
    let backend: FakeBackend | undefined;
    afterEach(() => {
      backend?.restore();
      backend = undefined;
    });

    const report = modularReport(40);
    /** Rows on screen; the list renders the rows in view only, so it is scrolled to first. */
    const rowsOf = (element: Xs2aReport): number => {
      const list = element.shadowRoot?.querySelector<Xs2aTransactionList>('xs2a-transaction-list');
      list?.scrollIntoView();
      return list?.shadowRoot?.querySelectorAll('[role="option"]').length ?? 0;
    };

    it('mount, set a report, render its rows, unmount', async () => {
      const measured = await measure(async () => {
        const element = document.createElement('xs2a-report');
        element.locale = 'en-GB';
        element.report = report;
        host.append(element);
        await until(() => rowsOf(element) > 0, 'rows', served);
        peek();
        element.remove();
        return element;
      });
      expectNoLeaks('<xs2a-report> .report → rows → unmount', measured, { nodes: 100, listeners: 1, observations: 2 });
    });

    it('mount with for= and an endpoint, fetch (left mid-fetch every other time), unmount', async () => {
      let held: Deferred<Response> | undefined;
      backend = installFakeBackend((request) => (request.path === '/api/reports' && held ? held.promise : json(200, report)));
      const measured = await measure(async (index) => {
        held = index % 2 === 0 ? deferred() : undefined;
        const requests = backend?.calls().length ?? 0;
        const element = document.createElement('xs2a-report');
        element.setAttribute('for', 'bank');
        element.endpoint = '/api';
        element.consumerId = 'consumer-1';
        host.append(element);
        if (held) {
          await until(() => backend?.calls().length === requests + 1, 'the report request', served);
          peek();
          element.remove();
          held.resolve(json(200, report));
          held = undefined;
        } else {
          await until(() => rowsOf(element) > 0, 'rows', served);
          peek();
          element.remove();
        }
        return element;
      });
      expectNoLeaks('<xs2a-report> for= fetch → unmount', measured, { nodes: 100, listeners: 1, observations: 2 });
    });
  });

  it('<xs2a-transaction-list>: mount, set transactions, render rows, unmount', async () => {
    const many = Array.from({ length: 500 }, (_, index) =>
      transaction({ date: `2024-02-${String((index % 28) + 1).padStart(2, '0')}`, amount: -(index + 1) * 10, reference: `Payment ${index}` }),
    );
    const measured = await measure(async (index) => {
      const element = document.createElement('xs2a-transaction-list');
      element.locale = 'en-GB';
      element.transactions = index % 2 === 0 ? [...march].reverse() : many;
      // Every other one scrolled by the page: it listens to the window's scrolling and resizing.
      element.pageScroll = index % 2 !== 0;
      host.append(element);
      await until(() => (element.shadowRoot?.querySelectorAll('[role="option"]').length ?? 0) > 0, 'rows', served);
      peek();
      element.remove();
      return element;
    });
    expectNoLeaks('<xs2a-transaction-list>', measured, { nodes: 20, listeners: 2, observations: 3 });
  });

  it('<xs2a-category-chart>: mount, set categories, render, unmount', async () => {
    const categories: ExpenseCategory[] = [
      { id: 'rent', name: 'Rent', amount: { minor: 100_000, currency: 'EUR' } },
      { id: 'groceries', name: 'Groceries', amount: { minor: 40_000, currency: 'EUR' } },
      { id: 'clothes', name: 'Clothes', amount: { minor: 20_000, currency: 'EUR' } },
    ];
    const measured = await measure(async () => {
      const element = document.createElement('xs2a-category-chart');
      element.locale = 'en-GB';
      element.categories = categories;
      host.append(element);
      await element.updateComplete;
      expect(element.shadowRoot?.querySelectorAll('[part="category"]')).to.have.length(3);
      peek();
      element.remove();
      return element;
    });
    expectNoLeaks('<xs2a-category-chart>', measured, { nodes: 20 });
  });

  it('<xs2a-balance-chart>: mount, set balances, render, unmount', async () => {
    const balances: BalancePoint[] = Array.from({ length: 90 }, (_, index) => ({
      date: new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10),
      balance: { minor: 100_000 - index * 1_500 + (index % 30 === 0 ? 250_000 : 0), currency: 'EUR' },
    }));
    const measured = await measure(async () => {
      const element = document.createElement('xs2a-balance-chart');
      element.locale = 'en-GB';
      element.balances = balances;
      host.append(element);
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[part="chart"]')).to.not.equal(null);
      peek();
      element.remove();
      return element;
    });
    expectNoLeaks('<xs2a-balance-chart>', measured, { nodes: 20 });
  });
});
