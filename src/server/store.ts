/**
 * What the backend remembers between requests, kept in the host's unstorage `Storage` so that any
 * instance (or a fresh serverless invocation) can answer any request:
 *
 * | key | value | lives |
 * |---|---|---|
 * | `xs2a:flow:{flow}` | the flow, its owner and the Klarna links that reach it (never sent to the browser) | until its session is closed, then `retentionMs` |
 * | `xs2a:open:{flow}` | an index of flows whose Klarna session is still open, for the sweep | until the session is closed |
 * | `xs2a:consumer:{owner}:{consumer}` | a consumer id a finished flow returned, with its accounts | `consumerTtlMs` after its last refresh |
 * | `xs2a:owner:{owner}` | the owner's recent flows, for the limit of open flows per owner | `retentionMs` after its last flow |
 * | `xs2a:rate:{who}:{window}` | requests counted for the optional rate limit (see limits.ts) | one window |
 * | `xs2a:claim:…` | who delivers a flow's consumer, who sweeps (see claim.ts) | minutes |
 *
 * Every binding names its owner; a lookup by another owner finds nothing, exactly like an unknown
 * id. Values are validated when read: a record another version wrote, or that someone edited,
 * counts as absent rather than as whatever it claims. Each record carries its expiry, so drivers
 * without TTL support (memory, fs, db0) forget on time too; the sweep deletes them.
 */
import type { BackendStorage } from './storage.js';
import * as z from 'zod/mini';
import { flowResult, flowState } from '../schemas/flows.js';
import type { FlowResult, FlowState } from '../schemas/flows.js';
import type { HostLogger } from './log.js';

const seen = z.object({ state: flowState, result: z.optional(flowResult) });

const flowRecord = z.object({
  flowId: z.string(),
  owner: z.string(),
  sessionSelf: z.string(),
  flowSelf: z.string(),
  createdAt: z.number(),
  fromDate: z.string(),
  toDate: z.string(),
  /** What Klarna said last. */
  lastSeen: seen,
  /** Set once Klarna reports a terminal state; answered from here after the session is closed. */
  final: z.optional(seen),
  sessionClosed: z.boolean(),
  /** Set once `onConsumer` has returned for this flow's consumer. */
  consumerDelivered: z.optional(z.boolean()),
  /** When the record may be forgotten; absent while the Klarna session is open. */
  expiresAt: z.optional(z.number()),
});
export type FlowRecord = z.infer<typeof flowRecord>;

const consumerRecord = z.object({
  consumerId: z.string(),
  owner: z.string(),
  accountIds: z.array(z.string()),
  fromDate: z.string(),
  toDate: z.string(),
  refreshedAt: z.number(),
  expiresAt: z.number(),
});
export type ConsumerRecord = z.infer<typeof consumerRecord>;

const openEntry = z.object({ flowId: z.string(), createdAt: z.number() });

const ownerFlows = z.object({ flows: z.array(openEntry), expiresAt: z.number() });

export interface BindingStoreOptions {
  storage: BackendStorage;
  now: () => number;
  log: HostLogger;
  /** How long a flow is kept after its session was closed, so a late GET still reads its outcome. */
  retentionMs: number;
  /** How long a consumer stays bound to its owner after its last refresh. */
  consumerTtlMs: number;
}

const encoder = new TextEncoder();

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * An id as one key segment. unstorage turns `/` into `:` and cuts keys at `?`, so an id with
 * such characters could land on another id's key: those are encoded, behind a `~` no plain id has.
 */
const keyPart = (id: string): string => (/^[A-Za-z0-9_-]{1,128}$/.test(id) ? id : `~${base64Url(encoder.encode(id))}`);

/** Owners are the host's user ids (any text): a key holds their hash, never the id itself. */
const ownerPart = async (owner: string): Promise<string> =>
  base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`xs2a-owner:${owner}`))));

const ttlSeconds = (ms: number): number => Math.max(60, Math.ceil(ms / 1000));

export class BindingStore {
  readonly #options: BindingStoreOptions;

  constructor(options: BindingStoreOptions) {
    this.#options = options;
  }

  get storage(): BackendStorage {
    return this.#options.storage;
  }

  async #read<T>(key: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
    const value: unknown = await this.#options.storage.getItem(key);
    if (value === null || value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      this.#options.log('warn', `store: ${key.split(':').slice(0, 2).join(':')} record of an unknown shape ignored`);
      return undefined;
    }
    const { expiresAt } = parsed.data as { expiresAt?: number };
    return expiresAt !== undefined && expiresAt <= this.#options.now() ? undefined : parsed.data;
  }

  /** The flow, if `owner` created it. */
  async flowFor(flowId: string, owner: string): Promise<FlowRecord | undefined> {
    const record = await this.#read(`xs2a:flow:${keyPart(flowId)}`, flowRecord);
    return record?.owner === owner ? record : undefined;
  }

  /** Any owner's flow: for the sweep. */
  flow(flowId: string): Promise<FlowRecord | undefined> {
    return this.#read(`xs2a:flow:${keyPart(flowId)}`, flowRecord);
  }

  /**
   * Writes the flow; once its session is closed it leaves the sweep's index and starts to expire.
   * Instances race on one flow, so what only ever moves forward (its end, its closed session, its
   * delivered consumer) is kept from the stored record rather than overwritten by a staler copy.
   */
  async saveFlow(record: FlowRecord): Promise<void> {
    const { storage, now, retentionMs } = this.#options;
    const id = keyPart(record.flowId);
    const stored = await this.#read(`xs2a:flow:${id}`, flowRecord);
    if (stored?.owner === record.owner) {
      record.final ??= stored.final;
      record.sessionClosed ||= stored.sessionClosed;
      if (stored.consumerDelivered) record.consumerDelivered = true;
      record.expiresAt ??= stored.expiresAt;
    }
    if (record.sessionClosed) {
      record.expiresAt ??= now() + retentionMs;
      await storage.setItem(`xs2a:flow:${id}`, record, { ttl: ttlSeconds(record.expiresAt - now()) });
      await storage.removeItem(`xs2a:open:${id}`);
    } else {
      await storage.setItem(`xs2a:flow:${id}`, record);
      await storage.setItem(`xs2a:open:${id}`, { flowId: record.flowId, createdAt: record.createdAt } satisfies z.infer<typeof openEntry>);
    }
  }

  /** Flows whose Klarna session is still open, oldest first. */
  async openFlows(): Promise<{ flowId: string; createdAt: number }[]> {
    const keys = await this.#options.storage.getKeys('xs2a:open');
    const entries = await Promise.all(keys.map((key) => this.#read(key, openEntry)));
    return entries.filter((entry) => entry !== undefined).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Drops an index entry whose flow is gone (it expired or was never written completely). */
  async forgetOpen(flowId: string): Promise<void> {
    await this.#options.storage.removeItem(`xs2a:open:${keyPart(flowId)}`);
  }

  /**
   * The owner's flows whose Klarna session is still open, oldest first: what the open-flows limit
   * counts. The owner's list names its recent flows; those since closed are left out and trimmed.
   */
  async openFlowsOf(owner: string): Promise<{ flowId: string; createdAt: number }[]> {
    const list = await this.#read(`xs2a:owner:${await ownerPart(owner)}`, ownerFlows);
    if (!list) return [];
    const open = await Promise.all(list.flows.map(async (entry) => ((await this.#read(`xs2a:open:${keyPart(entry.flowId)}`, openEntry)) ? entry : undefined)));
    return open.filter((entry) => entry !== undefined).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Adds a new flow to its owner's list, dropping the ones whose session is closed. */
  async noteOwnerFlow(owner: string, flowId: string, createdAt: number): Promise<void> {
    const { storage, now, retentionMs } = this.#options;
    const flows = [...(await this.openFlowsOf(owner)), { flowId, createdAt }];
    const expiresAt = now() + retentionMs;
    await storage.setItem(`xs2a:owner:${await ownerPart(owner)}`, { flows, expiresAt } satisfies z.infer<typeof ownerFlows>, { ttl: ttlSeconds(retentionMs) });
  }

  /** The consumer, if a flow of `owner` returned it and the binding has not expired. */
  async consumerFor(consumerId: string, owner: string): Promise<ConsumerRecord | undefined> {
    const record = await this.#read(`xs2a:consumer:${await ownerPart(owner)}:${keyPart(consumerId)}`, consumerRecord);
    return record?.owner === owner ? record : undefined;
  }

  /** Binds a consumer to its owner; a refresh adds its accounts and renews the binding. */
  async bindConsumer(binding: Omit<ConsumerRecord, 'expiresAt' | 'refreshedAt'>): Promise<ConsumerRecord> {
    const { storage, now, consumerTtlMs } = this.#options;
    const key = `xs2a:consumer:${await ownerPart(binding.owner)}:${keyPart(binding.consumerId)}`;
    const existing = await this.#read(key, consumerRecord);
    const record: ConsumerRecord = {
      ...binding,
      accountIds: [...new Set([...(existing?.accountIds ?? []), ...binding.accountIds])],
      refreshedAt: now(),
      expiresAt: now() + consumerTtlMs,
    };
    await storage.setItem(key, record, { ttl: ttlSeconds(consumerTtlMs) });
    return record;
  }

  /**
   * Deletes expired flows and consumers, for drivers that do not expire keys themselves. Reads in
   * batches so a large store is not loaded at once.
   */
  async purgeExpired(): Promise<number> {
    const { storage, now } = this.#options;
    let removed = 0;
    for (const base of ['xs2a:flow', 'xs2a:consumer', 'xs2a:owner', 'xs2a:rate']) {
      const keys = await storage.getKeys(base);
      for (let start = 0; start < keys.length; start += 500) {
        const batch = await storage.getItems(keys.slice(start, start + 500));
        for (const { key, value } of batch) {
          const expiresAt = typeof value === 'object' && value !== null ? (value as { expiresAt?: unknown }).expiresAt : undefined;
          if (typeof expiresAt === 'number' && expiresAt <= now()) {
            await storage.removeItem(key);
            removed += 1;
          }
        }
      }
    }
    return removed;
  }
}

export type { FlowResult, FlowState };
