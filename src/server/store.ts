/**
 * What the backend remembers, in memory: each flow with the Klarna links that reach it (never
 * sent to the browser), and each consumer id a finished flow returned, both bound to the browser
 * that created them. A lookup by another browser finds nothing, exactly like an unknown id.
 * One process only: a multi-instance host needs shared storage with the same bindings.
 */
import type { FlowResult, FlowState } from '../schemas/flows.js';

export interface FlowBinding {
  flowId: string;
  browserId: string;
  sessionSelf: string;
  flowSelf: string;
  createdAt: number;
  fromDate: string;
  toDate: string;
  /** What Klarna said last. */
  lastSeen: { state: FlowState; result: FlowResult | undefined };
  /** Set once Klarna reports a terminal state; answered from here after the session is closed. */
  final: { state: FlowState; result: FlowResult | undefined } | undefined;
  sessionClosed: boolean;
}

export interface ConsumerBinding {
  consumerId: string;
  browserId: string;
  accountIds: string[];
  fromDate: string;
  toDate: string;
  createdAt: number;
}

/** A cap per map, so a flood of flows cannot exhaust memory; the oldest go first. */
const maxEntries = 10_000;

function boundedSet<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > maxEntries) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}

export class BindingStore {
  readonly flows = new Map<string, FlowBinding>();
  readonly consumers = new Map<string, ConsumerBinding>();

  addFlow(binding: FlowBinding): void {
    boundedSet(this.flows, binding.flowId, binding);
  }

  flowFor(flowId: string, browserId: string | undefined): FlowBinding | undefined {
    const binding = this.flows.get(flowId);
    return binding && browserId !== undefined && binding.browserId === browserId ? binding : undefined;
  }

  /** Binds a consumer to the browser whose flow returned it. A consumer of another browser stays theirs. */
  bindConsumer(binding: ConsumerBinding): void {
    const existing = this.consumers.get(binding.consumerId);
    if (existing && existing.browserId !== binding.browserId) return;
    const accountIds = [...new Set([...(existing?.accountIds ?? []), ...binding.accountIds])];
    boundedSet(this.consumers, binding.consumerId, { ...binding, accountIds });
  }

  consumerFor(consumerId: string, browserId: string | undefined): ConsumerBinding | undefined {
    const binding = this.consumers.get(consumerId);
    return binding && browserId !== undefined && binding.browserId === browserId ? binding : undefined;
  }

  /** Forgets what is older than `maxAgeMs` and needs nothing more from Klarna. */
  forgetOlderThan(cutoff: number): void {
    for (const [id, binding] of this.flows) if (binding.createdAt < cutoff && binding.sessionClosed) this.flows.delete(id);
    for (const [id, binding] of this.consumers) if (binding.createdAt < cutoff) this.consumers.delete(id);
  }
}
