/**
 * Per-owner limits, kept in the shared store so that they hold across instances: how many flows an
 * owner may have open at once, and (optionally) how many it may create per window. A flood from
 * one browser or user is refused with 429 and `Retry-After`; nothing of anyone else's is evicted
 * to make room, since every binding lives in the store with its own expiry.
 *
 * The window counter uses the driver's own atomic increment where it has one (Redis `INCR`, the
 * memory driver's map); other drivers read and write, so two instances racing may both count one
 * request less, which a limit can afford.
 */
import { nativeDriver } from './claim.js';
import { tooManyRequests } from './http.js';
import type { BackendStorage } from './storage.js';

export interface FlowRateLimit {
  /** Flows one owner may create per window. */
  flows: number;
  /** The window, in ms. */
  windowMs: number;
}

export interface WindowCounter {
  /** Counts one hit in `key`'s current window and returns the hits so far in it. */
  hit(key: string, windowMs: number): Promise<number>;
}

export function createWindowCounter(storage: BackendStorage, now: () => number): WindowCounter {
  const native = nativeDriver(storage, 'xs2a:rate');
  const slot = (key: string, windowMs: number): string => `xs2a:rate:${key}:${Math.floor(now() / windowMs)}`;
  if (native.kind === 'redis') {
    return {
      async hit(key, windowMs) {
        const redisKey = native.key(slot(key, windowMs));
        const count = await native.client.incr(redisKey);
        if (count === 1) await native.client.pexpire(redisKey, windowMs);
        return count;
      },
    };
  }
  if (native.kind === 'memory') {
    return {
      hit(key, windowMs) {
        const mapKey = native.key(slot(key, windowMs));
        const current = native.map.get(mapKey);
        const count = (typeof current === 'object' && current !== null && typeof (current as { count?: unknown }).count === 'number' ? (current as { count: number }).count : 0) + 1;
        native.map.set(mapKey, { count, expiresAt: (Math.floor(now() / windowMs) + 1) * windowMs });
        return Promise.resolve(count);
      },
    };
  }
  return {
    async hit(key, windowMs) {
      const storageKey = slot(key, windowMs);
      const current = await storage.getItem(storageKey);
      const count = (typeof current === 'object' && current !== null && typeof (current as { count?: unknown }).count === 'number' ? (current as { count: number }).count : 0) + 1;
      const expiresAt = (Math.floor(now() / windowMs) + 1) * windowMs;
      await storage.setItem(storageKey, { count, expiresAt }, { ttl: Math.max(60, Math.ceil(windowMs / 1000)) });
      return count;
    },
  };
}

/**
 * Bounds the reports one instance builds at once (each is held in memory while it passes
 * through): beyond `total` they wait their turn; an owner asking for more than `perOwner` at once
 * gets 429, as a page never needs more than one or two.
 */
export class ReportSlots {
  readonly #total: number;
  readonly #perOwner: number;
  readonly #byOwner = new Map<string, number>();
  readonly #waiting: (() => void)[] = [];
  #running = 0;

  constructor(total: number, perOwner: number) {
    this.#total = Math.max(1, total);
    this.#perOwner = Math.max(1, perOwner);
  }

  async run<T>(owner: string, work: () => Promise<T>): Promise<T> {
    const mine = this.#byOwner.get(owner) ?? 0;
    if (mine >= this.#perOwner) throw tooManyRequests('Too many reports at once; try again in a moment', 1000, `an owner asked for more than ${this.#perOwner} reports at once`);
    this.#byOwner.set(owner, mine + 1);
    try {
      if (this.#running >= this.#total) await new Promise<void>((resolve) => this.#waiting.push(resolve));
      else this.#running += 1;
      try {
        return await work();
      } finally {
        // The slot passes straight to the next in line, or is given back.
        const next = this.#waiting.shift();
        if (next) next();
        else this.#running -= 1;
      }
    } finally {
      const left = (this.#byOwner.get(owner) ?? 1) - 1;
      if (left === 0) this.#byOwner.delete(owner);
      else this.#byOwner.set(owner, left);
    }
  }
}
