/**
 * The simulated playground's state: sessions, flows, consumers and consents, and the flow state
 * machine. Time-based steps (a bank "processing") are settled lazily from the injected clock
 * whenever a flow is read, so nothing runs in the background and tests can move time forward.
 */
import type { FlowState } from '../schemas/flows.js';
import { isTerminalFlowState } from '../schemas/flows.js';
import { toIsoDate } from '../format/date.js';
import type { ConsumerData, Profile, SimAccount } from './bank-data.js';
import { createProfile, generateConsumerData } from './bank-data.js';
import { KlarnaHttpError, notFound } from './http.js';
import { Random } from './prng.js';
import { accountDetails, xs2aTransaction } from './reports.js';
import type { Scenario } from './scenarios.js';

export type FlowType = 'insights_refresh' | 'accounts' | 'transactions';

/** Where the fake app is within a flow that waits for the consumer. */
export type AppStep = 'bank' | 'select-account' | 'done';

type Outcome =
  | { kind: 'finish' }
  | { kind: 'select-account' }
  | { kind: 'exception'; category: string; message: string }
  | { kind: 'abort' };

export interface FlowRequest {
  from_date?: string | null | undefined;
  to_date?: string | null | undefined;
  accounts?: { ids?: string[] | null | undefined; ibans?: string[] | null | undefined; all?: boolean | null | undefined } | null | undefined;
  insights_consumer_id?: string | null | undefined;
  account_id?: string | null | undefined;
  iban?: string | null | undefined;
}

export interface SessionRecord {
  id: string;
  shortId: string;
  closed: boolean;
  language: string | undefined;
  consentScope: Record<string, unknown>;
  flowIds: string[];
  consumerId: string | undefined;
}

export interface FlowRecord {
  id: string;
  sessionId: string;
  type: FlowType;
  state: FlowState;
  step: AppStep;
  request: FlowRequest;
  fromDate: string;
  toDate: string;
  clientToken: string;
  processingUntil: number;
  outcome: Outcome | undefined;
  scenario: Scenario | undefined;
  offeredAccountIds: string[];
  selectedAccountIds: string[] | undefined;
  consumerId: string | undefined;
  result: Record<string, unknown> | undefined;
}

export interface ConsumerRecord {
  id: string;
  profile: Profile;
  count: number | undefined;
  fromDate: string;
  toDate: string;
  refreshedAt: string;
  /** The accounts some flow of this consumer refreshed; reports default to them. */
  accountIds: string[];
  data: ConsumerData | undefined;
}

export interface ConsentRecord {
  id: string;
  sessionId: string;
  consumerId: string;
  accountIds: string[];
  /** Each answer hands out the next token; only the latest one is accepted. */
  tokenSerial: number;
}

export interface EngineOptions {
  seed: string;
  now: () => number;
  /** How long the bank "processes" a step, and how long the `slow` bank does. */
  processingMs: number;
  slowProcessingMs: number;
}

const dayMs = 86_400_000;

/** Klarna's default: the last 90 days, today included. */
export function defaultRange(now: number): { from: string; to: string } {
  return { from: toIsoDate(now - 89 * dayMs), to: toIsoDate(now) };
}

export class Engine {
  readonly sessions = new Map<string, SessionRecord>();
  readonly flows = new Map<string, FlowRecord>();
  readonly consumers = new Map<string, ConsumerRecord>();
  readonly consents = new Map<string, ConsentRecord>();
  readonly #options: EngineOptions;
  readonly #ids: Random;

  constructor(options: EngineOptions) {
    this.#options = options;
    this.#ids = new Random(options.seed, 'ids');
  }

  now(): number {
    return this.#options.now();
  }

  // ---- sessions ----------------------------------------------------------------------------

  createSession(language: string | undefined, consentScope: Record<string, unknown>): SessionRecord {
    const id = this.#ids.token(32);
    const session: SessionRecord = { id, shortId: id.slice(0, 8).toUpperCase(), closed: false, language, consentScope, flowIds: [], consumerId: undefined };
    this.sessions.set(id, session);
    return session;
  }

  session(id: string): SessionRecord {
    const session = this.sessions.get(id);
    if (!session) throw notFound(`Session ${id}`);
    return session;
  }

  /** A session is RUNNING while one of its flows has not ended. */
  sessionState(session: SessionRecord): 'IDLE' | 'RUNNING' | 'CLOSED' {
    if (session.closed) return 'CLOSED';
    return this.runningFlow(session) ? 'RUNNING' : 'IDLE';
  }

  runningFlow(session: SessionRecord): FlowRecord | undefined {
    for (const flowId of session.flowIds) {
      const flow = this.flows.get(flowId);
      if (flow && !isTerminalFlowState(this.settle(flow).state)) return flow;
    }
    return undefined;
  }

  /** Seed 003: a session cannot be closed before its current flow has ended. */
  closeSession(session: SessionRecord): void {
    if (session.closed) return;
    if (this.runningFlow(session)) {
      throw new KlarnaHttpError(409, 'CONFLICT', 'The session cannot be closed while a flow is running; close the flow first');
    }
    session.closed = true;
  }

  openSession(id: string): SessionRecord {
    const session = this.session(id);
    if (session.closed) throw new KlarnaHttpError(409, 'CONFLICT', `Session ${id} is closed`);
    return session;
  }

  // ---- flows -------------------------------------------------------------------------------

  createFlow(session: SessionRecord, type: FlowType, request: FlowRequest, sign: (flow: FlowRecord) => Promise<string>): Promise<FlowRecord> {
    if (this.runningFlow(session)) {
      throw new KlarnaHttpError(409, 'CONFLICT', 'Another flow of this session is still running');
    }
    const range = defaultRange(this.now());
    const flow: FlowRecord = {
      id: this.#ids.token(32),
      sessionId: session.id,
      type,
      state: 'CONSUMER_INPUT_NEEDED',
      step: 'bank',
      request,
      fromDate: request.from_date ?? range.from,
      toDate: request.to_date ?? range.to,
      clientToken: '',
      processingUntil: 0,
      outcome: undefined,
      scenario: undefined,
      offeredAccountIds: [],
      selectedAccountIds: undefined,
      consumerId: undefined,
      result: undefined,
    };
    if (flow.fromDate > flow.toDate) {
      throw new KlarnaHttpError(400, 'BAD_REQUEST', 'from_date must not be after to_date', [{ location: 'from_date', message: 'after to_date' }]);
    }
    // Stored before signing (which is async), so a concurrent PUT already sees a running flow.
    this.flows.set(flow.id, flow);
    session.flowIds.push(flow.id);
    return sign(flow).then((token) => {
      flow.clientToken = token;
      return flow;
    });
  }

  /** The flow of an open session. Seed 003: flows can be read only while their session is open. */
  flow(sessionId: string, flowId: string): FlowRecord {
    const session = this.session(sessionId);
    const flow = this.flows.get(flowId);
    if (!flow || flow.sessionId !== session.id) throw notFound(`Flow ${flowId}`);
    if (session.closed) throw new KlarnaHttpError(404, 'NOT_FOUND', `Session ${sessionId} is closed`);
    return this.settle(flow);
  }

  /** Applies a finished processing step. Called on every read; idempotent. */
  settle(flow: FlowRecord): FlowRecord {
    if (flow.state !== 'PROCESSING' || this.now() < flow.processingUntil || !flow.outcome) return flow;
    const outcome = flow.outcome;
    flow.outcome = undefined;
    switch (outcome.kind) {
      case 'abort':
        flow.state = 'ABORTED';
        flow.step = 'done';
        break;
      case 'exception':
        flow.state = 'EXCEPTION';
        flow.step = 'done';
        flow.result = { type: 'error', category: outcome.category, message: outcome.message };
        break;
      case 'select-account':
        flow.state = 'CONSUMER_INPUT_NEEDED';
        flow.step = 'select-account';
        break;
      case 'finish':
        this.#finish(flow);
        break;
    }
    return flow;
  }

  /** Seed 003: 204 when the flow ended (or ends now), 202 when the bank is mid-step. */
  closeFlow(flow: FlowRecord): 202 | 204 {
    if (isTerminalFlowState(flow.state)) return 204;
    if (flow.state === 'PROCESSING') {
      flow.outcome = { kind: 'abort' };
      return 202;
    }
    flow.state = 'ABORTED';
    flow.step = 'done';
    return 204;
  }

  // ---- the fake app's steps ----------------------------------------------------------------

  login(flow: FlowRecord, scenario: Scenario, consumerKey: string): void {
    flow.scenario = scenario;
    const delay = scenario.kind === 'success' && scenario.slow ? this.#options.slowProcessingMs : this.#options.processingMs;
    flow.state = 'PROCESSING';
    flow.processingUntil = this.now() + delay;
    if (scenario.kind === 'exception') {
      flow.outcome = { kind: 'exception', category: scenario.category, message: scenario.message };
      return;
    }
    const consumer = this.#consumerFor(flow, consumerKey, scenario.kind === 'success' ? scenario.count : undefined);
    flow.consumerId = consumer.id;
    const accounts = consumer.profile.accounts;
    const wanted = this.#requestedAccounts(flow, accounts);
    if (wanted === 'choose' && accounts.length > 1) {
      flow.offeredAccountIds = accounts.map((account) => account.id);
      flow.outcome = { kind: 'select-account' };
    } else if (wanted === 'choose') {
      flow.selectedAccountIds = accounts.map((account) => account.id);
      flow.outcome = { kind: 'finish' };
    } else if (wanted.length === 0) {
      flow.outcome = { kind: 'exception', category: 'TECHNICAL', message: 'None of the requested accounts exists at this bank.' };
    } else {
      flow.selectedAccountIds = wanted;
      flow.outcome = { kind: 'finish' };
    }
  }

  selectAccounts(flow: FlowRecord, accountIds: readonly string[]): boolean {
    if (!accountIds.every((id) => flow.offeredAccountIds.includes(id))) return false;
    // The transactions flow reads one account.
    flow.selectedAccountIds = flow.type === 'transactions' ? accountIds.slice(0, 1) : [...accountIds];
    flow.state = 'PROCESSING';
    flow.processingUntil = this.now() + this.#options.processingMs;
    flow.outcome = { kind: 'finish' };
    return true;
  }

  /** The consumer closed the app: ends the flow at once, whatever the bank was doing. */
  abortByConsumer(flow: FlowRecord): void {
    if (isTerminalFlowState(flow.state)) return;
    flow.state = 'ABORTED';
    flow.step = 'done';
    flow.outcome = undefined;
  }

  // ---- consumers and their data ------------------------------------------------------------

  consumer(id: string): ConsumerRecord {
    const consumer = this.consumers.get(id);
    if (!consumer) throw notFound(`Consumer ${id}`);
    return consumer;
  }

  /** Generated on first use and kept: a report of 100,000 rows is built from it many times. */
  dataOf(consumer: ConsumerRecord): ConsumerData {
    consumer.data ??= generateConsumerData({
      seed: this.#options.seed,
      consumerKey: consumer.id,
      profile: consumer.profile,
      fromDate: consumer.fromDate,
      toDate: consumer.toDate,
      count: consumer.count,
    });
    return consumer.data;
  }

  /** A refresh that names a known consumer refreshes that consumer; otherwise a new one. */
  #consumerFor(flow: FlowRecord, consumerKey: string, count: number | undefined): ConsumerRecord {
    const session = this.session(flow.sessionId);
    const known = flow.request.insights_consumer_id ?? session.consumerId;
    const existing = known === undefined ? undefined : this.consumers.get(known);
    const id = existing?.id ?? this.#ids.uuid();
    const consumer: ConsumerRecord = {
      id,
      profile: existing?.profile ?? createProfile(this.#options.seed, `${consumerKey}|${id}`),
      count,
      fromDate: flow.fromDate,
      toDate: flow.toDate,
      refreshedAt: new Date(this.now()).toISOString(),
      accountIds: existing?.accountIds ?? [],
      data: undefined,
    };
    this.consumers.set(id, consumer);
    return consumer;
  }

  /** `'choose'`: the consumer picks (seed 001, no `accounts`); otherwise the matching ids. */
  #requestedAccounts(flow: FlowRecord, accounts: readonly SimAccount[]): 'choose' | string[] {
    const { request } = flow;
    if (flow.type === 'accounts') return accounts.map((account) => account.id);
    if (flow.type === 'transactions') {
      if (!request.account_id && !request.iban) return 'choose';
      return accounts.filter((account) => account.id === request.account_id || account.iban === request.iban).map((account) => account.id).slice(0, 1);
    }
    const spec = request.accounts;
    if (!spec) return 'choose';
    if (spec.all === true) return accounts.map((account) => account.id);
    const ids = spec.ids ?? [];
    const ibans = (spec.ibans ?? []).map((iban) => iban.replace(/\s+/g, '').toUpperCase());
    return accounts.filter((account) => ids.includes(account.id) || ibans.includes(account.iban)).map((account) => account.id);
  }

  #finish(flow: FlowRecord): void {
    const consumer = flow.consumerId === undefined ? undefined : this.consumers.get(flow.consumerId);
    const selected = new Set(flow.selectedAccountIds ?? []);
    if (!consumer) {
      flow.state = 'EXCEPTION';
      flow.result = { type: 'error', category: 'TECHNICAL', message: 'The consumer data is gone.' };
      return;
    }
    const accounts = consumer.profile.accounts.filter((account) => selected.has(account.id));
    const session = this.session(flow.sessionId);
    session.consumerId = consumer.id;
    for (const account of accounts) if (!consumer.accountIds.includes(account.id)) consumer.accountIds.push(account.id);
    flow.state = 'FINISHED';
    flow.step = 'done';
    switch (flow.type) {
      case 'insights_refresh':
        flow.result = {
          type: 'insights_refresh',
          insights_consumer_id: consumer.id,
          accounts: accounts.map((account) => ({ insights_account_id: account.id, iban: account.iban })),
        };
        return;
      case 'accounts':
        flow.result = { type: 'accounts', accounts: accounts.map(xs2aAccount) };
        return;
      case 'transactions': {
        const account = accounts[0];
        const rows = account ? (this.dataOf(consumer).transactions.get(account.id) ?? []) : [];
        flow.result = {
          type: 'transactions',
          account_id: account?.id,
          from_date: flow.fromDate,
          to_date: flow.toDate,
          transactions: rows.filter((row) => row.date >= flow.fromDate && row.date <= flow.toDate).map((row) => xs2aTransaction(row, account?.currency ?? 'EUR')),
        };
        return;
      }
    }
  }
}

/** An account as XS2A's accounts flow and consent API list it. */
export const xs2aAccount = (account: SimAccount): Record<string, unknown> => ({
  id: account.id,
  alias: account.name,
  ...accountDetails(account),
  account_type: account.name === 'Tagesgeld' ? 'SAVINGS' : 'DEFAULT',
  currency: account.currency,
  capabilities: { account_details: true, balances: true, transactions: true, transfer: false },
});
