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
import { simLanguage, type SimLanguage } from './catalog.js';
import { KlarnaHttpError, notFound } from './http.js';
import { Random } from './prng.js';
import { accountDetails, xs2aTransaction } from './reports.js';
import type { Scenario } from './scenarios.js';

export type FlowType = 'insights_refresh' | 'accounts' | 'account_details' | 'balances' | 'transactions';

/**
 * Where the fake app is within a flow that waits for the consumer: the bank's login form, its
 * one-time password (embedded SCA), its confirmation page (redirect SCA), the account choice.
 */
export type AppStep = 'bank' | 'otp' | 'redirect' | 'select-account' | 'done';

/** What a processing step ends in. */
type Outcome =
  | { kind: 'finish' }
  | { kind: 'input'; step: 'otp' | 'redirect' | 'select-account' }
  | { kind: 'login-error'; message: string }
  | { kind: 'exception'; category: string; message: string }
  | { kind: 'abort' };

/** The test bank, as a finished login describes it on the session (`bank` of GET session). */
export const testBank = { bank_name: 'Testbank', bank_code: '88888888', country_code: 'DE', connection: 'PSD2' } as const;

/** Klarna's "Insights-Refresh" page: data is kept 10 minutes unless the flow asks otherwise. */
const defaultRetentionMinutes = 10;

export interface FlowRequest {
  from_date?: string | null | undefined;
  to_date?: string | null | undefined;
  accounts?: { ids?: string[] | null | undefined; ibans?: string[] | null | undefined; all?: boolean | null | undefined } | null | undefined;
  insights_consumer_id?: string | null | undefined;
  account_id?: string | null | undefined;
  iban?: string | null | undefined;
  refresh_days?: number | null | undefined;
  data_retention_minutes?: number | null | undefined;
  preferred_pagination_size?: number | null | undefined;
}

export interface SessionRecord {
  id: string;
  shortId: string;
  closed: boolean;
  language: string | undefined;
  consentScope: Record<string, unknown>;
  /** The consumer's device, as the session request gave it (`validate-ip` checks it). */
  psu: { ip_address: string; user_agent: string } | undefined;
  /** Known once the consumer logged in to a bank. */
  bank: typeof testBank | undefined;
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
  /** What follows the bank's SCA step (OTP or redirect): account choice, finish, or an error. */
  afterSca: Outcome | undefined;
  /** A recoverable error to show on the login form (`decoupled-abort`). */
  loginError: string | undefined;
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
  /** When Klarna deletes the refreshed data (`data_retention_minutes` after the refresh), in ms. */
  expiresAt: number;
  /** The accounts some flow of this consumer refreshed; reports default to them. */
  accountIds: string[];
  /**
   * The language of the session whose flow last refreshed the consumer: Klarna's report
   * endpoints take none, so the reports name categories in it.
   */
  language: SimLanguage;
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

/** The XS2A flows' default: the last 90 days, today included. */
export function defaultRange(now: number): { from: string; to: string } {
  return { from: toIsoDate(now - 89 * dayMs), to: toIsoDate(now) };
}

/**
 * Klarna's "Insights-Refresh" page: `refresh_days` derives the period from today minus that many
 * days; without it nor dates, the last 62 days.
 */
export function refreshRange(now: number, days = 62): { from: string; to: string } {
  return { from: toIsoDate(now - days * dayMs), to: toIsoDate(now) };
}

/** A decoupled SCA completes "after a random amount of polls": 2 to 5 of the app's polls. */
const decoupledPolls = (seed: string, flowId: string): number => new Random(seed, flowId, 'decoupled').int(2, 5);

/** `validate-ip`: a dotted IPv4 address, or an IPv6 address as the URL parser reads one. */
export function ipVersion(value: string): 4 | 6 | undefined {
  if (/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(value)) return 4;
  if (!value.includes(':') || /[[\]/]/.test(value)) return undefined;
  try {
    new URL(`http://[${value}]/`);
    return 6;
  } catch {
    return undefined;
  }
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

  createSession(language: string | undefined, consentScope: Record<string, unknown>, psu?: SessionRecord['psu']): SessionRecord {
    const id = this.#ids.token(32);
    const session: SessionRecord = {
      id,
      shortId: id.slice(0, 8).toUpperCase(),
      closed: false,
      language,
      consentScope,
      psu,
      bank: undefined,
      flowIds: [],
      consumerId: undefined,
    };
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

  /** Klarna's "Flow" page: a session cannot be closed before its current flow has ended. */
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
    const range = type === 'insights_refresh' ? refreshRange(this.now(), request.refresh_days ?? undefined) : defaultRange(this.now());
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
      afterSca: undefined,
      loginError: undefined,
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

  /**
   * The flow of an open session. Klarna's "Flow" page: flows can be read only while their session
   * is open.
   */
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
      case 'input':
        flow.state = 'CONSUMER_INPUT_NEEDED';
        flow.step = outcome.step;
        break;
      case 'login-error':
        flow.state = 'CONSUMER_INPUT_NEEDED';
        flow.step = 'bank';
        flow.loginError = outcome.message;
        break;
      case 'finish':
        this.#finish(flow);
        break;
    }
    return flow;
  }

  /** Klarna's "Flow" page: 204 when the flow ended (or ends now), 202 when the bank is mid-step. */
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
    const session = this.session(flow.sessionId);
    flow.scenario = scenario;
    flow.loginError = undefined;
    session.bank = testBank;
    const slow = scenario.kind === 'success' && scenario.slow;
    flow.state = 'PROCESSING';
    flow.processingUntil = this.now() + (slow ? this.#options.slowProcessingMs : this.#options.processingMs);
    switch (scenario.kind) {
      case 'form-error':
        // Refused before anything is processed; the router answers the form's error.
        flow.state = 'CONSUMER_INPUT_NEEDED';
        return;
      case 'exception':
        flow.outcome = { kind: 'exception', category: scenario.category, message: scenario.message };
        return;
      case 'decoupled-failure':
        flow.processingUntil = this.now() + decoupledPolls(this.#options.seed, flow.id) * this.#options.processingMs;
        flow.outcome = scenario.recoverable
          ? { kind: 'login-error', message: scenario.message }
          : { kind: 'exception', category: scenario.category, message: scenario.message };
        return;
      case 'validate-ip': {
        const version = ipVersion(session.psu?.ip_address ?? '');
        if (version === undefined || (version === 6 && !scenario.allowV6)) {
          flow.outcome = { kind: 'exception', category: 'TECHNICAL', message: `The PSU's IP address ${JSON.stringify(session.psu?.ip_address ?? '')} is not valid.` };
          return;
        }
        flow.outcome = this.#afterLogin(flow, consumerKey, undefined);
        return;
      }
      case 'success': {
        const next = this.#afterLogin(flow, consumerKey, scenario.count);
        if (scenario.sca === 'embedded' || scenario.sca === 'redirect') {
          flow.afterSca = next;
          flow.outcome = { kind: 'input', step: scenario.sca === 'embedded' ? 'otp' : 'redirect' };
          return;
        }
        if (scenario.sca === 'decoupled') flow.processingUntil = this.now() + decoupledPolls(this.#options.seed, flow.id) * this.#options.processingMs;
        flow.outcome = next;
        return;
      }
    }
  }

  /** The consumer passed the bank's login: pick the consumer and what comes next. */
  #afterLogin(flow: FlowRecord, consumerKey: string, count: number | undefined): Outcome {
    const consumer = this.#consumerFor(flow, consumerKey, count);
    flow.consumerId = consumer.id;
    const accounts = consumer.profile.accounts;
    const wanted = this.#requestedAccounts(flow, accounts);
    if (wanted === 'choose' && accounts.length > 1) {
      flow.offeredAccountIds = accounts.map((account) => account.id);
      return { kind: 'input', step: 'select-account' };
    }
    if (wanted === 'choose') {
      flow.selectedAccountIds = accounts.map((account) => account.id);
      return { kind: 'finish' };
    }
    if (wanted.length === 0) return { kind: 'exception', category: 'USER', message: 'None of the requested accounts exists at this bank.' };
    flow.selectedAccountIds = wanted;
    return { kind: 'finish' };
  }

  /** The consumer entered the OTP or confirmed on the bank's page. */
  passSca(flow: FlowRecord, step: 'otp' | 'redirect'): boolean {
    if (flow.state !== 'CONSUMER_INPUT_NEEDED' || flow.step !== step || !flow.afterSca) return false;
    flow.state = 'PROCESSING';
    flow.processingUntil = this.now() + this.#options.processingMs;
    flow.outcome = flow.afterSca;
    flow.afterSca = undefined;
    return true;
  }

  selectAccounts(flow: FlowRecord, accountIds: readonly string[]): boolean {
    if (!accountIds.every((id) => flow.offeredAccountIds.includes(id))) return false;
    // The transactions flow reads one account.
    flow.selectedAccountIds = singleAccountFlows.has(flow.type) ? accountIds.slice(0, 1) : [...accountIds];
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

  /**
   * The consumer whose refreshed data Insights still holds. After `data_retention_minutes` the data
   * is deleted, and a report for that consumer is refused like one for a consumer never refreshed.
   */
  insightsConsumer(id: string): ConsumerRecord {
    const consumer = this.consumer(id);
    if (this.now() >= consumer.expiresAt) {
      consumer.data = undefined;
      throw new KlarnaHttpError(404, 'NOT_FOUND', `No data is stored for consumer ${id}: it was deleted after its data_retention_minutes`, [
        { location: 'insights_consumer_id', message: 'no data stored' },
      ]);
    }
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
      expiresAt: this.now() + (flow.request.data_retention_minutes ?? defaultRetentionMinutes) * 60_000,
      accountIds: existing?.accountIds ?? [],
      language: simLanguage(session.language),
      data: undefined,
    };
    this.consumers.set(id, consumer);
    return consumer;
  }

  /**
   * `'choose'`: the consumer picks (Klarna's "Insights-Refresh flow", no `accounts`); otherwise
   * the matching ids.
   */
  #requestedAccounts(flow: FlowRecord, accounts: readonly SimAccount[]): 'choose' | string[] {
    const { request } = flow;
    if (flow.type === 'accounts') return accounts.map((account) => account.id);
    if (singleAccountFlows.has(flow.type)) {
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
    // Kept from the finish on, not from the login: the refresh is done now.
    consumer.refreshedAt = new Date(this.now()).toISOString();
    consumer.expiresAt = this.now() + (flow.request.data_retention_minutes ?? defaultRetentionMinutes) * 60_000;
    switch (flow.type) {
      case 'insights_refresh':
        flow.result = {
          type: 'insights_refresh',
          insights_consumer_id: consumer.id,
          accounts: accounts.map((account) => ({ insights_account_id: account.id, iban: account.iban })),
        };
        return;
      case 'accounts':
        flow.result = { type: 'accounts', accounts: accounts.map(xs2aAccount), bank_name: testBank.bank_name };
        return;
      case 'account_details': {
        const account = accounts[0];
        flow.result = { type: 'account_details', account: account ? xs2aAccount(account) : undefined };
        return;
      }
      case 'balances': {
        const account = accounts[0];
        flow.result = { type: 'balances', account: account ? xs2aAccount(account) : undefined, ...(account ? this.#balance(consumer, account) : {}) };
        return;
      }
      case 'transactions':
        // The rows are paged when the result is read (see routes): the flow keeps the period only.
        flow.result = { type: 'transactions', account_id: accounts[0]?.id, from_date: flow.fromDate, to_date: flow.toDate };
        return;
    }
  }

  /** The booked balance today: the opening balance plus every processed row. */
  #balance(consumer: ConsumerRecord, account: SimAccount): Record<string, unknown> {
    let booked = account.openingBalance;
    for (const row of this.dataOf(consumer).transactions.get(account.id) ?? []) {
      if (row.state === 'PROCESSED') booked += row.type === 'DEBIT' ? -row.amount : row.amount;
    }
    return { balance: { amount: booked, currency: account.currency }, available: { amount: booked + account.overdraft, currency: account.currency } };
  }

  /** The rows of a transactions flow's account within its period, as XS2A lists them. */
  flowTransactions(flow: FlowRecord): { account: SimAccount | undefined; rows: Record<string, unknown>[] } {
    const consumer = flow.consumerId === undefined ? undefined : this.consumers.get(flow.consumerId);
    const account = consumer?.profile.accounts.find((candidate) => candidate.id === flow.selectedAccountIds?.[0]);
    if (!consumer || !account) return { account, rows: [] };
    const rows = (this.dataOf(consumer).transactions.get(account.id) ?? []).filter((row) => row.date >= flow.fromDate && row.date <= flow.toDate);
    return { account, rows: rows.map((row) => xs2aTransaction(row, account.currency)) };
  }
}

/** Flows about one account: the consumer picks it unless the request names it. */
const singleAccountFlows: ReadonlySet<FlowType> = new Set(['account_details', 'balances', 'transactions']);

/**
 * An account as XS2A's accounts flow and consent API list it: `account_type` DEFAULT or SAVING,
 * `capabilities` one `{ available }` per flow type (as alyf-de/banking's recorded playground
 * answers show). A savings account takes no transfers.
 */
export const xs2aAccount = (account: SimAccount): Record<string, unknown> => ({
  id: account.id,
  alias: account.name,
  ...accountDetails(account),
  transfer_type: account.type === 'SAVING' ? 'REFERENCE' : 'FULL',
  account_type: account.type,
  currency: account.currency,
  capabilities: {
    account_details: { available: true },
    balances: { available: true },
    transactions: { available: true },
    transfer: { available: account.type !== 'SAVING' },
  },
});
