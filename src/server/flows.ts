/**
 * The insights-refresh flow as the host backend runs it: open a session with the
 * `insights_refresh` consent scope, start the flow, read it, and close the session as soon as the
 * flow has ended (seed 000: an open session makes the bank warn the consumer).
 */
import { toIsoDate } from '../format/date.js';
import type { FlowResult, FlowState } from '../schemas/flows.js';
import { flowCreateResponse, flowInfoResponse, isTerminalFlowState } from '../schemas/flows.js';
import type { CreateFlowRequest } from '../schemas/host-backend.js';
import { sessionCreateResponse } from '../schemas/sessions.js';
import type { Psu } from '../schemas/common.js';
import { HostError } from './http.js';
import type { KlarnaClient } from './klarna-client.js';
import type { HostLogger } from './log.js';
import type { BindingStore, FlowBinding } from './store.js';

export interface FlowServiceOptions {
  klarna: KlarnaClient;
  store: BindingStore;
  log: HostLogger;
  now: () => number;
  /** After this, a flow nobody finished is closed by the sweep. */
  flowTtlMs: number;
  intendedReports: readonly string[];
}

const dayMs = 86_400_000;
/** How long DELETE waits for a flow Klarna closes asynchronously (202) before leaving it to the sweep. */
const closeAttempts = 8;
const closePollMs = 250;

/** A call, not a property read: TypeScript must not assume `final` unchanged across awaits. */
const ended = (binding: FlowBinding): boolean => binding.final !== undefined;

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

export class FlowService {
  readonly #options: FlowServiceOptions;

  constructor(options: FlowServiceOptions) {
    this.#options = options;
  }

  /** Opens a session and starts the insights-refresh flow in it. Only the fields the contract names are forwarded. */
  async create(request: CreateFlowRequest, psu: Psu, browserId: string): Promise<{ flow_id: string; client_token: string; state: FlowState }> {
    const { klarna, now } = this.#options;
    const toDate = request.to_date ?? toIsoDate(now());
    const fromDate = request.from_date ?? toIsoDate(Date.parse(`${toDate}T00:00:00Z`) - 89 * dayMs);
    if (fromDate > toDate) throw new HostError(400, 'bad-request', 'from_date must not be after to_date');
    const session = await klarna.call(
      'PUT',
      '/xs2a/v1/sessions',
      { language: request.language ?? 'en', psu, consent_scope: { insights_refresh: {} } },
      sessionCreateResponse,
      'session',
    );
    const sessionSelf = klarna.resolve(session.data.self).href;
    try {
      const link = session.data.flows.insights_refresh;
      if (!link) throw new HostError(502, 'upstream-error', 'Klarna offered no insights_refresh flow for this session');
      const flow = await klarna.call(
        'PUT',
        link,
        {
          intended_reports: request.intended_reports ?? this.#options.intendedReports.map((type) => ({ type })),
          from_date: fromDate,
          to_date: toDate,
          ...(request.accounts ? { accounts: request.accounts } : {}),
        },
        flowCreateResponse,
        'flow',
      );
      const { flow_id: flowId, client_token: clientToken, state } = flow.data;
      this.#options.store.addFlow({
        flowId,
        browserId,
        sessionSelf,
        flowSelf: klarna.resolve(flow.data.self).href,
        createdAt: now(),
        fromDate,
        toDate,
        lastSeen: { state, result: undefined },
        final: undefined,
        sessionClosed: false,
      });
      return { flow_id: flowId, client_token: clientToken, state };
    } catch (error) {
      await this.#deleteSession(sessionSelf);
      throw error;
    }
  }

  /** Klarna's flow shape; once terminal, the session is closed and the answer kept. */
  async read(binding: FlowBinding): Promise<{ state: FlowState; result?: FlowResult }> {
    if (!binding.final) await this.#refresh(binding);
    if (binding.final) await this.#closeSession(binding);
    const current = binding.final ?? binding.lastSeen;
    return { state: current.state, ...(current.result ? { result: current.result } : {}) };
  }

  /** Ends the flow (if it still runs) and its session. Idempotent. */
  async close(binding: FlowBinding): Promise<void> {
    if (binding.sessionClosed) return;
    const { klarna } = this.#options;
    if (!binding.final) {
      const answer = await klarna.send('DELETE', binding.flowSelf);
      if (answer.status !== 202) klarna.expectOk(answer, 'DELETE flow');
      // 202: Klarna closes it "as soon as possible"; poll briefly for the terminal state.
      for (let attempt = 0; attempt < closeAttempts && !ended(binding); attempt++) {
        await this.#refresh(binding);
        if (!ended(binding)) await sleep(closePollMs);
      }
    }
    if (ended(binding)) await this.#closeSession(binding);
  }

  /**
   * Closes what browsers left open: sessions of flows that ended without a DELETE, and flows
   * older than the TTL. Failures are logged and retried on the next sweep.
   */
  async sweep(): Promise<void> {
    const { store, now, flowTtlMs, log } = this.#options;
    for (const binding of [...store.flows.values()]) {
      if (binding.sessionClosed) continue;
      try {
        if (!binding.final) await this.#refresh(binding);
        if (!binding.final && now() - binding.createdAt > flowTtlMs) await this.close(binding);
        else if (binding.final) await this.#closeSession(binding);
      } catch (error) {
        log('warn', `sweep: flow ${binding.flowId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    store.forgetOlderThan(now() - 2 * flowTtlMs);
  }

  async #refresh(binding: FlowBinding): Promise<void> {
    const { klarna, store, now } = this.#options;
    const info = await klarna.call('GET', binding.flowSelf, undefined, flowInfoResponse, 'flow');
    const result = info.data.result ?? undefined;
    binding.lastSeen = { state: info.data.state, result };
    if (!isTerminalFlowState(info.data.state)) return;
    binding.final = { state: info.data.state, result };
    if (info.data.state === 'FINISHED' && result?.type === 'insights_refresh') {
      store.bindConsumer({
        consumerId: result.insights_consumer_id,
        browserId: binding.browserId,
        accountIds: result.accounts.map((account) => account.insights_account_id),
        fromDate: binding.fromDate,
        toDate: binding.toDate,
        createdAt: now(),
      });
    }
  }

  async #closeSession(binding: FlowBinding): Promise<void> {
    if (binding.sessionClosed) return;
    binding.sessionClosed = await this.#deleteSession(binding.sessionSelf);
  }

  /** True when the session is closed. A failure is logged, not thrown: the sweep retries it. */
  async #deleteSession(sessionSelf: string): Promise<boolean> {
    try {
      const answer = await this.#options.klarna.send('DELETE', sessionSelf);
      if (answer.status === 204 || answer.status === 200 || answer.status === 404) return true;
      this.#options.log('warn', `DELETE session: Klarna answered ${answer.status}; retrying later`);
    } catch (error) {
      this.#options.log('warn', `DELETE session failed: ${error instanceof Error ? error.message : String(error)}; retrying later`);
    }
    return false;
  }
}
