/**
 * "Set if absent, with expiry" over an unstorage `Storage`: the one atomic step the backend needs
 * between instances (that only one of them calls `onConsumer` for a flow, that only one sweeps at
 * a time). unstorage has no such operation, so the driver's own is used where it has one:
 * Redis `SET … NX PX` and, in one process, the memory driver's map. Other drivers get a
 * write-then-read-back claim, which narrows the race to the driver's own write latency but cannot
 * close it; their hosts are told so in the README.
 */
import type { BackendStorage } from './storage.js';

/** The few ioredis commands the atomic steps use. */
export interface RedisLike {
  set(key: string, value: string, px: 'PX', ms: number, nx: 'NX'): Promise<string | null>;
  del(key: string): Promise<number>;
  incr(key: string): Promise<number>;
  pexpire(key: string, ms: number): Promise<number>;
}

interface ClaimValue {
  holder: string;
  until: number;
}

export type ClaimKind = 'redis' | 'memory' | 'read-back';

export interface Claims {
  /** How claims are made on this store; the README says what each guarantees. */
  readonly kind: ClaimKind;
  /** True for exactly one caller until `ttlMs` has passed (or it is released). */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Gives a claim up early, e.g. when the work it guarded failed and must be retried. */
  release(key: string): Promise<void>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const normalizeKey = (key: string): string => key.replace(/[/\\]/g, ':').replace(/:+/g, ':').replace(/^:|:$/g, '');

/**
 * The driver under `mountKey` where it has atomic steps of its own: a Redis client (with the key
 * as Redis sees it) or the memory driver's map (with the key as the map holds it).
 */
export type NativeDriver =
  | { kind: 'redis'; client: RedisLike; key: (key: string) => string }
  | { kind: 'memory'; map: Map<string, unknown>; key: (key: string) => string }
  | { kind: 'other' };

export function nativeDriver(storage: BackendStorage, mountKey: string): NativeDriver {
  const { driver, base } = storage.getMount(mountKey);
  const instance: unknown = driver.getInstance?.();
  const driverKey = (key: string): string => normalizeKey(key).slice(base.length);
  if (driver.name === 'redis' && isRecord(instance) && typeof instance.set === 'function') {
    const prefix = isRecord(driver.options) && typeof driver.options.base === 'string' ? normalizeKey(driver.options.base) : '';
    return { kind: 'redis', client: instance as unknown as RedisLike, key: (key) => [prefix, driverKey(key)].filter(Boolean).join(':') };
  }
  if (driver.name === 'memory' && instance instanceof Map) return { kind: 'memory', map: instance as Map<string, unknown>, key: driverKey };
  return { kind: 'other' };
}

export function createClaims(storage: BackendStorage, now: () => number): Claims {
  const native = nativeDriver(storage, 'xs2a:claim');

  if (native.kind === 'redis') {
    const { client, key: redisKey } = native;
    return {
      kind: 'redis',
      claim: async (key, ttlMs) => (await client.set(redisKey(key), String(now()), 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX')) === 'OK',
      release: async (key) => {
        await client.del(redisKey(key));
      },
    };
  }

  if (native.kind === 'memory') {
    // One process: checking and setting the map with no await between them is atomic.
    const { map, key: driverKey } = native;
    return {
      kind: 'memory',
      claim: (key, ttlMs) => {
        const slot = driverKey(key);
        const current = map.get(slot);
        if (isRecord(current) && typeof current.until === 'number' && current.until > now()) return Promise.resolve(false);
        map.set(slot, { holder: 'memory', until: now() + ttlMs } satisfies ClaimValue);
        return Promise.resolve(true);
      },
      release: (key) => {
        map.delete(driverKey(key));
        return Promise.resolve();
      },
    };
  }

  return {
    kind: 'read-back',
    async claim(key, ttlMs) {
      const current = await storage.getItem(key);
      if (isRecord(current) && typeof current.until === 'number' && current.until > now()) return false;
      const holder = crypto.randomUUID();
      await storage.setItem(key, { holder, until: now() + ttlMs } satisfies ClaimValue, { ttl: Math.max(60, Math.ceil(ttlMs / 1000)) });
      const after = await storage.getItem(key);
      return isRecord(after) && after.holder === holder;
    },
    async release(key) {
      await storage.removeItem(key);
    },
  };
}
