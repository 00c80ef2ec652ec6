/**
 * Closes what browsers left open, on any instance: sessions of flows that ended without a DELETE,
 * and flows older than the TTL. The list of open flows lives in the store, so the instance that
 * sweeps need not be the one that created them, and a scheduled job can do it alone.
 *
 * On incoming requests the backend sweeps at most every `intervalMs` across all instances: a claim
 * in the store (a lease) picks one sweeper, so a thousand serverless invocations do not sweep a
 * thousand times. The work runs in the background, handed to the platform's `waitUntil` when the
 * request brings one; `close()` stops new sweeps and waits for the running one.
 */
import type { Claims } from './claim.js';
import type { FlowService } from './flows.js';
import type { HostLogger } from './log.js';
import type { BindingStore } from './store.js';

export interface SweeperOptions {
  flows: FlowService;
  store: BindingStore;
  claims: Claims;
  log: HostLogger;
  now: () => number;
  /** 0: only explicit `sweep()` calls. */
  intervalMs: number;
  /** Flows handled at once: Klarna's latency, not our CPU, bounds a sweep. */
  concurrency: number;
}

/** Expired records of drivers without TTL support are deleted at most this often. */
const purgeIntervalMs = 10 * 60_000;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class Sweeper {
  readonly #options: SweeperOptions;
  readonly #background = new Set<Promise<unknown>>();
  #running: Promise<void> | undefined;
  #nextCheck = 0;
  #nextPurge = 0;
  #closed = false;

  constructor(options: SweeperOptions) {
    this.#options = options;
  }

  /** One sweep now; a sweep already running on this instance is joined, not doubled. */
  sweep(): Promise<void> {
    this.#running ??= this.#sweep().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /**
   * Called on every request: starts a background sweep when one is due. Reads the store at most
   * once per interval per instance; never throws and never delays the request.
   */
  maybeSweep(waitUntil: ((work: Promise<unknown>) => void) | undefined): void {
    const { intervalMs, now, claims, log } = this.#options;
    if (this.#closed || intervalMs <= 0 || now() < this.#nextCheck) return;
    this.#nextCheck = now() + intervalMs;
    const work = claims
      .claim('xs2a:claim:sweep', intervalMs)
      .then((due) => (due ? this.sweep() : undefined))
      .catch((error: unknown) => {
        log('warn', `sweep: ${messageOf(error)}`);
      });
    this.#track(work);
    waitUntil?.(work);
  }

  /** Stops starting sweeps and waits for what runs. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.allSettled([...this.#background, this.#running]);
  }

  /**
   * Other background work of the backend (closing a session Klarna opened after its create request
   * timed out): kept alive through `waitUntil` and awaited by `close()`, like a sweep.
   */
  keep(work: Promise<unknown>, waitUntil: ((work: Promise<unknown>) => void) | undefined): void {
    this.#track(work);
    waitUntil?.(work);
  }

  #track(work: Promise<unknown>): void {
    this.#background.add(work);
    void work.finally(() => this.#background.delete(work));
  }

  async #sweep(): Promise<void> {
    const { flows, store, concurrency, now, log } = this.#options;
    const open = await store.openFlows();
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < open.length && !this.#closed) {
        const entry = open[next++];
        if (entry) await flows.sweepOne(entry.flowId);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, open.length) }, worker));
    if (now() >= this.#nextPurge) {
      this.#nextPurge = now() + purgeIntervalMs;
      const removed = await store.purgeExpired();
      if (removed > 0) log('info', `sweep: ${removed} expired records deleted`);
    }
  }
}
