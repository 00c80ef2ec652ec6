/**
 * The fake app's client of the simulator's `/xs2a-app/v1/flows/{flow_id}` endpoints, and what
 * it reads from their answers. The answers come from the simulator that served this script; they
 * are still read field by field, with a type check each, so an unexpected answer shows as an
 * error instead of breaking the dialog. (No zod here: the served script carries no dependency.)
 */

/** A test bank account offered in the `select-account` step. */
export interface OfferedAccount {
  id: string;
  name: string;
  iban: string;
}

/** What `onError` receives: Klarna's `{ category, message }`. */
export interface FlowError {
  category: string;
  message: string;
}

/** The flow as the fake app's API answers it (`data` of every answer). */
export interface AppView {
  state: string;
  /** The test bank's step while the state is `CONSUMER_INPUT_NEEDED`: `bank`, `otp`, `redirect`, `select-account`. */
  step?: string;
  /** The test usernames, shown under the login form. */
  hint?: string;
  accounts?: OfferedAccount[];
  /** A recoverable login failure: the login form again, with this message. */
  login_error?: string;
  /** A decoupled SCA: the consumer confirms in the banking app while the flow is `PROCESSING`. */
  decoupled?: boolean;
  error?: Partial<FlowError>;
}

/** One answer: its status and its JSON body (`{}` when there is none). */
export interface AppAnswer {
  ok: boolean;
  status: number;
  /** The flow, when the answer holds one. */
  view: AppView | undefined;
  /** The `error` of an error answer, as Klarna's error bodies carry it. */
  error: { code?: string; message?: string } | undefined;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const accountOf = (value: unknown): OfferedAccount | undefined =>
  isObject(value) && typeof value.id === 'string' ? { id: value.id, name: String(value.name), iban: String(value.iban) } : undefined;

function viewOf(data: unknown): AppView | undefined {
  if (!isObject(data) || typeof data.state !== 'string') return undefined;
  const view: AppView = { state: data.state };
  const step = stringOf(data.step);
  const hint = stringOf(data.hint);
  const loginError = stringOf(data.login_error);
  if (step !== undefined) view.step = step;
  if (hint !== undefined) view.hint = hint;
  if (loginError !== undefined) view.login_error = loginError;
  if (data.decoupled === true) view.decoupled = true;
  if (Array.isArray(data.accounts)) view.accounts = data.accounts.map(accountOf).filter((account) => account !== undefined);
  if (isObject(data.error)) view.error = { category: stringOf(data.error.category), message: stringOf(data.error.message) };
  return view;
}

const errorOf = (error: unknown): AppAnswer['error'] =>
  isObject(error) ? { code: stringOf(error.code), message: stringOf(error.message) } : undefined;

/** The API of one flow, authorized by its client_token. */
export class AppApi {
  readonly #token: string;
  readonly #url: string;

  constructor(token: string, url: string) {
    this.#token = token;
    this.#url = url;
  }

  /** `method` on the flow's URL plus `suffix` (`''`, `/login`, …); rejects only when the network fails. */
  async send(method: 'GET' | 'POST', suffix: string, body?: unknown): Promise<AppAnswer> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.#token}` };
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(this.#url + suffix, init);
    const payload: unknown = await response.json().catch(() => ({}));
    const json = isObject(payload) ? payload : {};
    return { ok: response.ok, status: response.status, view: viewOf(json.data), error: errorOf(json.error) };
  }
}

/** The error to report for an answer that is no success. */
export function answerError(answer: AppAnswer): FlowError {
  return { category: 'TECHNICAL', message: answer.error?.message || `The test bank answered ${answer.status}.` };
}
