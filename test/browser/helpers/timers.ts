/**
 * Timer seams for tests: a fake clock that runs timeouts on `tick`, and trackers that count the
 * timeouts and window listeners still pending. They replace `window.setTimeout`/`clearTimeout`,
 * which the code under test looks up at call time; mocha keeps its own references from before.
 */
import { nextTask } from '../../helpers/until.js';

const realSetTimeout = window.setTimeout.bind(window);
const realClearTimeout = window.clearTimeout.bind(window);

interface Timer {
  at: number;
  run: () => void;
}

export interface FakeClock {
  /** Advances time, running each due timeout in order and letting the work it starts settle. */
  tick(ms: number): Promise<void>;
  /** Timeouts scheduled and neither run nor cleared. */
  readonly pending: number;
  uninstall(): void;
}

export function installClock(): FakeClock {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, Timer>();
  window.setTimeout = ((handler: TimerHandler, ms = 0, ...args: unknown[]) => {
    const id = nextId++;
    timers.set(id, {
      at: now + ms,
      run: () => {
        (handler as (...values: unknown[]) => void)(...args);
      },
    });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
  }) as typeof window.clearTimeout;
  return {
    async tick(ms) {
      const target = now + ms;
      for (;;) {
        // Lets the work a timer started (a fetch stub answering, say) schedule its next timer.
        for (let turn = 0; turn < 5; turn++) await nextTask();
        const due = [...timers.entries()].filter(([, timer]) => timer.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        const [id, timer] = due;
        timers.delete(id);
        now = timer.at;
        timer.run();
      }
      now = target;
      await nextTask();
    },
    get pending() {
      return timers.size;
    },
    uninstall() {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    },
  };
}

export interface TimerTracker {
  readonly pending: number;
  uninstall(): void;
}

/** Real timeouts, counted: scheduled minus run minus cleared. */
export function trackTimers(): TimerTracker {
  const live = new Set<number>();
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = realSetTimeout(() => {
      live.delete(id);
      (handler as (...values: unknown[]) => void)(...args);
    }, ms);
    live.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    realClearTimeout(id);
  }) as typeof window.clearTimeout;
  return {
    get pending() {
      return live.size;
    },
    uninstall() {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    },
  };
}

/** Counts the listeners added to `window` and not removed again. */
export function trackWindowListeners(): { readonly pending: number; uninstall(): void } {
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  const live = new Set<string>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const key = (type: string, listener: EventListenerOrEventListenerObject | null): string => {
    if (!listener) return type;
    if (!ids.has(listener)) ids.set(listener, nextId++);
    return `${type}#${ids.get(listener) ?? -1}`;
  };
  window.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
    live.add(key(type, listener));
    add(type, listener as EventListenerOrEventListenerObject, options);
  }) as typeof window.addEventListener;
  window.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
    live.delete(key(type, listener));
    remove(type, listener as EventListenerOrEventListenerObject, options);
  }) as typeof window.removeEventListener;
  return {
    get pending() {
      return live.size;
    },
    uninstall() {
      window.addEventListener = add;
      window.removeEventListener = remove;
    },
  };
}
