/**
 * The insights-refresh flow as the host backend runs it: open a session with the
 * `insights_refresh` consent scope, start the flow, read it, and close the session as soon as the
 * flow has ended (an open session makes the bank warn the consumer). Every step reads and writes
 * the flow's record in the shared store, so any instance can take the next one.
 */
import { toIsoDate } from '../format/date.js';
import type { FlowResult, FlowState, InsightsRefreshFlowRequest, InsightsRefreshResult } from '../schemas/flows.js';
import { flowCreateResponse, flowInfoResponse, isTerminalFlowState } from '../schemas/flows.js';
import type { CreateFlowRequest } from '../schemas/host-backend.js';
import { sessionCreateResponse } from '../schemas/sessions.js';
import type { Psu } from '../schemas/common.js';
import type { Claims } from './claim.js';
import { HostError } from './http.js';
import { LateAnswerError } from './klarna-client.js';
import type { KlarnaClient, UpstreamAnswer } from './klarna-client.js';
import type { HostLogger } from './log.js';
import type { BindingStore, FlowRecord } from './store.js';

/** What `onConsumer` is told when a flow has finished. */
export interface ConsumerEvent {
  /** Whoever `identify` named for the request that created the flow (the anonymous browser id by default). */
  owner: string;
  consumerId: string;
  accountIds: string[];
  flowId: string;
  /** The flow's result as Klarna returned it. */
  result: InsightsRefreshResult;
}

export interface FlowServiceOptions {
  klarna: KlarnaClient;
  store: BindingStore;
  claims: Claims;
  log: HostLogger;
  now: () => number;
  /** After this, a flow nobody finished is closed by the sweep. */
  flowTtlMs: number;
  /** Report modules a request names none of: names or Klarna's `{ type }` objects. */
  intendedReports: readonly (string | { type: string })[];
  /** Klarna's session `redirect_return_url`, for bank redirects in mobile web views. */
  redirectReturnUrl: string | undefined;
  onConsumer: ((event: ConsumerEvent) => void | Promise<void>) | undefined;
}

const dayMs = 86_400_000;
/** How long DELETE waits for a flow Klarna closes asynchronously (202) before leaving it to the sweep. */
/** How long a session create that timed out is still listened to, so that a late session is closed. */
const lateSessionGraceMs = 60_000;
const closeAttempts = 8;
const closePollMs = 250;
/** Long enough that no second instance delivers a consumer whose delivery succeeded. */
const deliveryClaimMs = 24 * 60 * 60_000;

/** A call, not a property read: TypeScript must not assume `final` unchanged across awaits. */
const ended = (flow: FlowRecord): boolean => flow.final !== undefined;

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class FlowService {
  readonly #options: FlowServiceOptions;

  constructor(options: FlowServiceOptions) {
    this.#options = options;
  }

  /**
   * Opens a session and starts the insights-refresh flow in it. The fields of the request are
   * forwarded as Klarna's "Insights-Refresh" page names them; the schema has refused any other.
   * `background` keeps work alive after the answer (closing a session Klarna opened too late).
   */
  async create(
    request: CreateFlowRequest,
    psu: Psu,
    owner: string,
    background: (work: Promise<unknown>) => void,
  ): Promise<{ flow_id: string; client_token: string; state: FlowState }> {
    const { klarna, now, store, redirectReturnUrl } = this.#options;
    if (request.refresh_days != null && (request.from_date != null || request.to_date != null)) {
      throw new HostError(400, 'bad-request', 'Give either refresh_days or from_date and to_date, not both');
    }
    // Klarna counts refresh_days back from today; the same period is kept for the reports.
    const toDate = request.to_date ?? toIsoDate(now());
    const days = request.refresh_days ?? 89;
    const fromDate = request.from_date ?? toIsoDate(Date.parse(`${toDate}T00:00:00Z`) - days * dayMs);
    if (fromDate > toDate) throw new HostError(400, 'bad-request', 'from_date must not be after to_date');
    const sessionBody = {
      language: request.language ?? 'en',
      psu,
      consent_scope: { insights_refresh: {} },
      ...(redirectReturnUrl !== undefined ? { redirect_return_url: redirectReturnUrl } : {}),
    };
    let answer;
    try {
      answer = await klarna.sendKeepingLate('PUT', '/xs2a/v1/sessions', sessionBody, lateSessionGraceMs);
    } catch (error) {
      // Klarna may still open the session after our timeout: nobody would ever close it.
      if (error instanceof LateAnswerError) background(this.#closeLateSession(error.late));
      throw error;
    }
    klarna.expectOk(answer, 'PUT');
    const session = klarna.parse(sessionCreateResponse, answer.json, 'session');
    const sessionSelf = klarna.resolve(session.data.self).href;
    try {
      const link = session.data.flows.insights_refresh;
      if (!link) throw new HostError(502, 'upstream-error', 'Klarna offered no insights_refresh flow for this session');
      const intended = request.intended_reports ?? this.#options.intendedReports;
      const body: InsightsRefreshFlowRequest = {
        intended_reports: intended.map((report) => (typeof report === 'string' ? { type: report } : { type: report.type })),
        ...(request.refresh_days != null ? { refresh_days: request.refresh_days } : { from_date: fromDate, to_date: toDate }),
        ...(request.accounts ? { accounts: request.accounts } : {}),
        ...(request.insights_consumer_id ? { insights_consumer_id: request.insights_consumer_id } : {}),
        ...(request.data_retention_minutes != null ? { data_retention_minutes: request.data_retention_minutes } : {}),
      };
      const flow = await klarna.call('PUT', link, body, flowCreateResponse, 'flow');
      const { flow_id: flowId, client_token: clientToken, state } = flow.data;
      await store.saveFlow({
        flowId,
        owner,
        sessionSelf,
        flowSelf: klarna.resolve(flow.data.self).href,
        createdAt: now(),
        fromDate,
        toDate,
        lastSeen: { state },
        sessionClosed: false,
      });
      return { flow_id: flowId, client_token: clientToken, state };
    } catch (error) {
      await this.#deleteSession(sessionSelf);
      throw error;
    }
  }

  /** Klarna's flow shape; once terminal, the session is closed and the answer kept. */
  async read(flow: FlowRecord): Promise<{ state: FlowState; result?: FlowResult }> {
    if (!ended(flow)) {
      try {
        await this.#refresh(flow);
      } catch (error) {
        // Another instance may have seen the end and closed the session since this record was
        // read: Klarna no longer knows the flow, but the store holds its answer.
        const stored = await this.#options.store.flow(flow.flowId);
        if (!stored || !ended(stored)) throw error;
        Object.assign(flow, stored);
      }
    }
    await this.#settle(flow);
    const current = flow.final ?? flow.lastSeen;
    return { state: current.state, ...(current.result ? { result: current.result } : {}) };
  }

  /** Ends the flow (if it still runs) and its session. Idempotent. */
  async close(flow: FlowRecord): Promise<void> {
    if (flow.sessionClosed) return;
    const { klarna } = this.#options;
    if (!ended(flow)) {
      const answer = await klarna.send('DELETE', flow.flowSelf);
      if (answer.status !== 202) klarna.expectOk(answer, 'DELETE flow');
      // 202: Klarna closes it "as soon as possible"; poll briefly for the terminal state.
      for (let attempt = 0; attempt < closeAttempts && !ended(flow); attempt++) {
        await this.#refresh(flow);
        if (!ended(flow)) await sleep(closePollMs);
      }
    }
    await this.#settle(flow);
  }

  /**
   * One open flow as the sweep sees it: a flow that ended without a DELETE gets its session closed
   * (and its consumer delivered); one older than the TTL is closed. Failures are logged; the flow
   * stays in the index and the next sweep retries it.
   */
  async sweepOne(flowId: string): Promise<void> {
    const { store, now, flowTtlMs, log } = this.#options;
    const flow = await store.flow(flowId);
    if (!flow || flow.sessionClosed) {
      await store.forgetOpen(flowId);
      return;
    }
    try {
      if (!ended(flow)) await this.#refresh(flow);
      if (!ended(flow) && now() - flow.createdAt > flowTtlMs) await this.close(flow);
      else await this.#settle(flow);
    } catch (error) {
      log('warn', `sweep: flow ${flowId}: ${messageOf(error)}`);
    }
  }

  /** Asks Klarna for the flow's state and keeps it; a FINISHED refresh binds its consumer to the flow's owner. */
  async #refresh(flow: FlowRecord): Promise<void> {
    const { klarna, store } = this.#options;
    const info = await klarna.call('GET', flow.flowSelf, undefined, flowInfoResponse, 'flow');
    const result = info.data.result ?? undefined;
    flow.lastSeen = { state: info.data.state, ...(result ? { result } : {}) };
    if (isTerminalFlowState(info.data.state)) {
      flow.final = flow.lastSeen;
      if (info.data.state === 'FINISHED' && result?.type === 'insights_refresh') {
        await store.bindConsumer({
          consumerId: result.insights_consumer_id,
          owner: flow.owner,
          accountIds: result.accounts.map((account) => account.insights_account_id),
          fromDate: flow.fromDate,
          toDate: flow.toDate,
        });
      }
    }
    await store.saveFlow(flow);
  }

  /** What an ended flow still owes: its consumer delivered to the host, its session closed. */
  async #settle(flow: FlowRecord): Promise<void> {
    if (!ended(flow)) return;
    await this.#deliverConsumer(flow);
    if (flow.sessionClosed) return;
    flow.sessionClosed = await this.#deleteSession(flow.sessionSelf);
    if (flow.sessionClosed) await this.#options.store.saveFlow(flow);
  }

  /**
   * Calls `onConsumer` once per finished flow, whichever instance sees the flow finish first. A
   * failing callback gives its claim back and fails the request; the next read retries it.
   */
  async #deliverConsumer(flow: FlowRecord): Promise<void> {
    const { onConsumer, claims, store, log } = this.#options;
    const result = flow.final?.result;
    if (!onConsumer || flow.consumerDelivered || flow.final?.state !== 'FINISHED' || result?.type !== 'insights_refresh') return;
    const claim = `xs2a:claim:consumer:${flow.flowId}`;
    if (!(await claims.claim(claim, deliveryClaimMs))) return;
    try {
      await onConsumer({
        owner: flow.owner,
        consumerId: result.insights_consumer_id,
        accountIds: result.accounts.map((account) => account.insights_account_id),
        flowId: flow.flowId,
        result,
      });
    } catch (error) {
      await claims.release(claim).catch(() => undefined);
      log('error', `onConsumer failed for flow ${flow.flowId}: ${messageOf(error)}`);
      throw new HostError(500, 'internal-error', 'The backend could not keep the connected accounts; try again');
    }
    flow.consumerDelivered = true;
    await store.saveFlow(flow);
  }

  /** Closes a session whose creation answered after we had given up on it. */
  async #closeLateSession(late: Promise<UpstreamAnswer | undefined>): Promise<void> {
    const answer = await late;
    if (!answer || answer.status < 200 || answer.status >= 300) return;
    const parsed = sessionCreateResponse.safeParse(answer.json);
    if (!parsed.success) return;
    const closed = await this.#deleteSession(this.#options.klarna.resolve(parsed.data.data.self).href).catch(() => false);
    this.#options.log(closed ? 'info' : 'warn', `a session Klarna opened after its create request timed out was ${closed ? 'closed' : 'not closed'}`);
  }

  /** True when the session is closed. A failure is logged, not thrown: the sweep retries it. */
  async #deleteSession(sessionSelf: string): Promise<boolean> {
    try {
      const answer = await this.#options.klarna.send('DELETE', sessionSelf);
      if (answer.status === 204 || answer.status === 200 || answer.status === 404) return true;
      this.#options.log('warn', `DELETE session: Klarna answered ${answer.status}; retrying later`);
    } catch (error) {
      this.#options.log('warn', `DELETE session failed: ${messageOf(error)}; retrying later`);
    }
    return false;
  }
}
