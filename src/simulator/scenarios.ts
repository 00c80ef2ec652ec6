/**
 * The test bank's usernames, as on Klarna's "PSD2 Test Bank" page: the username picks what the
 * bank does, any non-empty password is accepted, and a username that matches no keyword runs the
 * ordinary success case.
 */

export const maxLoadTransactions = 100_000;

/** How the bank authenticates the consumer after the login form (strong customer authentication). */
export type Sca = 'none' | 'embedded' | 'decoupled' | 'redirect';

export type Scenario =
  | { kind: 'success'; slow: boolean; count?: number; sca: Sca }
  /** The login form again, with an error: the consumer can retry. */
  | { kind: 'form-error'; code: 'INVALID_CREDENTIALS' | 'INVALID_FORM'; category: string; message: string }
  | { kind: 'exception'; category: string; message: string }
  /** A decoupled SCA that, after some polls, ends in a recoverable login error or an exception. */
  | { kind: 'decoupled-failure'; recoverable: boolean; category: string; message: string }
  /** Success, unless the session's `psu.ip_address` is no valid IP (or, with `allowV6: false`, an IPv6). */
  | { kind: 'validate-ip'; allowV6: boolean };

// Marked free of side effects (as `hintOf` below) so that the fake app's bundle, which imports
// only `testBankCodes` from here, leaves the table of users out.
const success = /* @__NO_SIDE_EFFECTS__ */ (sca: Sca = 'none'): Scenario => ({ kind: 'success', slow: false, sca });
const exception = /* @__NO_SIDE_EFFECTS__ */ (category: string, message: string): Scenario => ({ kind: 'exception', category, message });

/**
 * Every keyword of the test bank, with what it does: the README's table and the fake app's hint
 * are written from this list. Categories follow Klarna's "Error Handling" page.
 */
export const testBankUsers = {
  'acin-demo-data': { does: 'Success with realistic data (the ordinary case; any unknown username does the same).', scenario: success() },
  embedded: { does: 'Asks for a one-time password (OTP) after the login; any non-empty OTP passes.', scenario: success('embedded') },
  decoupled: { does: 'A decoupled SCA: the flow stays PROCESSING while the consumer confirms in the bank app, then finishes after a few polls.', scenario: success('decoupled') },
  'decoupled-abort': {
    does: 'A decoupled SCA that fails after a few polls with a recoverable login error: the login form again.',
    scenario: { kind: 'decoupled-failure', recoverable: true, category: 'USER.ACCESS_DENIED', message: 'The authorization was not confirmed in your banking app. Please log in again.' },
  },
  'decoupled-failed': {
    does: 'A decoupled SCA that fails after a few polls for good: EXCEPTION with category USER.ACCESS_DENIED.',
    scenario: { kind: 'decoupled-failure', recoverable: false, category: 'USER.ACCESS_DENIED', message: 'The authorization was declined in your banking app.' },
  },
  redirect: { does: 'A redirect SCA: the consumer confirms on the bank’s page, then the flow finishes.', scenario: success('redirect') },
  wrong: {
    does: 'Wrong credentials: the login form again (USER.ACCESS_DENIED.CREDENTIALS).',
    scenario: { kind: 'form-error', code: 'INVALID_CREDENTIALS', category: 'USER.ACCESS_DENIED.CREDENTIALS', message: 'The username or password is wrong. Please try again.' },
  },
  invalid: {
    does: 'A form validation error: the login form again.',
    scenario: { kind: 'form-error', code: 'INVALID_FORM', category: 'USER', message: 'The login form contains an invalid value. Please check your input.' },
  },
  technical: { does: 'EXCEPTION with category TECHNICAL.', scenario: exception('TECHNICAL', 'Es ist ein interner technischer Fehler aufgetreten.') },
  'bank-technical': { does: 'A technical error on the bank’s side: EXCEPTION with category BANK.', scenario: exception('BANK', 'Es ist ein interner technischer Fehler bei Ihrer Bank aufgetreten.') },
  'bank-maintenance': { does: 'The bank is in maintenance: EXCEPTION with category MAINTENANCE.', scenario: exception('MAINTENANCE', 'Ihre Bank ist wegen Wartungsarbeiten vorübergehend nicht erreichbar.') },
  'configuration-expected': {
    does: 'The account is not configured for online access: EXCEPTION with category USER.CONFIGURATION.',
    scenario: exception('USER.CONFIGURATION', 'Bitte melden Sie sich einmal im Online-Banking Ihrer Bank an und schließen Sie die Einrichtung ab.'),
  },
  'invalid-transactions-timerange': {
    does: 'The requested period is not supported by the bank: EXCEPTION with category NOT_SUPPORTED.',
    scenario: exception('NOT_SUPPORTED', 'Ihre Bank stellt Umsätze für den angefragten Zeitraum nicht bereit.'),
  },
  'validate-ip': { does: 'EXCEPTION (TECHNICAL) unless the session’s psu.ip_address is a valid IPv4 or IPv6 address; success otherwise.', scenario: { kind: 'validate-ip', allowV6: true } },
  'validate-ip-no-v6': { does: 'Like validate-ip, but an IPv6 address fails too.', scenario: { kind: 'validate-ip', allowV6: false } },
  slow: { does: 'Succeeds, but the bank takes seconds for the login.', scenario: { kind: 'success', slow: true, sca: 'none' } },
  'transactions-N': { does: 'The demo consumer with exactly N transactions (1 ≤ N ≤ 100,000), for load tests.', scenario: success() },
} satisfies Record<string, { does: string; scenario: Scenario }>;

export type TestBankUser = keyof typeof testBankUsers;

/** The bank codes of the test bank; anything else is "no such bank". */
export const testBankCodes: readonly string[] = ['00000', '88888888'];

const loadPattern = /^transactions-(\d{1,6})$/;

const isUser = (name: string): name is TestBankUser => Object.hasOwn(testBankUsers, name) && name !== 'transactions-N';

export function scenarioFor(username: string): Scenario {
  const name = username.trim().toLowerCase();
  if (isUser(name)) return testBankUsers[name].scenario;
  // `transactions-5000`: the demo consumer with exactly that many transactions.
  const count = Number(loadPattern.exec(name)?.[1] ?? Number.NaN);
  if (count >= 1 && count <= maxLoadTransactions) return { kind: 'success', slow: false, sca: 'none', count };
  return success();
}

const hintOf = /* @__NO_SIDE_EFFECTS__ */ (users: Record<string, unknown>): string => `Test usernames: ${Object.keys(users).join(', ')}; anything else succeeds. Any password.`;

/** Shown by the fake app under the login form; the simulator sends it with each view of the flow. */
export const scenarioHint = hintOf(testBankUsers);
