/**
 * The test bank's views, built as DOM without behaviour: the dialog's frame, the bank and login
 * forms, the SCA steps, the account choice and the last view. `FakeApp` adds the handlers. The
 * ids and `data-step`/`data-action` attributes are what tests and end-to-end scripts select.
 */
import { testBankCodes } from '../scenarios.js';
import type { OfferedAccount } from './app-api.js';
import { el, spinner } from './dom.js';

/** The test bank's codes as a sentence: "00000 or 88888888". */
const bankCodes = testBankCodes.join(' or ');

export const texts = {
  loading: 'Loading\u2026',
  unreachable: 'The test bank cannot be reached.',
  flowFailed: 'The flow failed.',
  connecting: 'Connecting to your bank\u2026',
  confirmInApp: 'Confirm the access in your banking app.',
  waitingForApp: 'Waiting for your confirmation in the banking app\u2026',
  unknownBank: `No test bank has this code. Use ${bankCodes}.`,
  missingCredentials: 'Enter a username and a password.',
  loggingIn: 'Logging in\u2026',
  enterOtp: 'Enter the one-time password.',
  confirmAtBank: 'Confirm the access on your bank\u2019s page.',
  chooseAccount: 'Choose an account.',
  connected: 'Your bank account is connected.',
  done: 'Done',
  failed: 'Something went wrong',
} as const;

export type Appearance = 'light' | 'dark' | 'auto';

export const appearances: readonly string[] = ['light', 'dark', 'auto'] satisfies readonly Appearance[];

/** The parts of the dialog the app fills and wires. */
export interface Frame {
  backdrop: HTMLDivElement;
  close: HTMLButtonElement;
  /** Holds the current view. */
  body: HTMLDivElement;
  /** The live region that announces each change. */
  status: HTMLParagraphElement;
}

export function frame(appearance: Appearance): Frame {
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, ['\u00d7']);
  const body = el('div', { class: 'body' });
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const backdrop = el('div', { class: 'backdrop' }, [
    el('div', { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'xs2a-title', 'data-appearance': appearance }, [
      el('header', {}, [
        el('div', {}, [el('h2', { id: 'xs2a-title' }, ['Connect your bank']), el('span', { class: 'badge' }, ['Test environment (simulator)'])]),
        close,
      ]),
      body,
      status,
    ]),
  ]);
  return { backdrop, close, body, status };
}

/** `PROCESSING`: a spinner, and for a decoupled SCA what the consumer has to do. */
export const processingView = (decoupled: boolean): Node[] => (decoupled ? [el('p', {}, [texts.confirmInApp]), spinner()] : [spinner()]);

/** The countries of the bank form, the first preselected. */
const countries = [['DE', 'Germany'], ['AT', 'Austria'], ['NL', 'Netherlands'], ['SE', 'Sweden']] as const;

export const bankForm = (): HTMLFormElement =>
  el('form', { novalidate: true, 'data-step': 'bank' }, [
    el('h3', {}, ['Choose your bank']),
    el('label', { for: 'xs2a-country' }, ['Country']),
    el('select', { id: 'xs2a-country', name: 'country' }, countries.map(([code, name], index) => el('option', { value: code, selected: index === 0 }, [name]))),
    el('label', { for: 'xs2a-bank-code' }, ['Bank code or name']),
    el('input', { id: 'xs2a-bank-code', name: 'bank_code', inputmode: 'numeric', autocomplete: 'off', required: true, 'aria-describedby': 'xs2a-bank-hint xs2a-bank-error' }),
    el('p', { class: 'hint', id: 'xs2a-bank-hint' }, [`Test bank: ${bankCodes}`]),
    el('p', { class: 'error', id: 'xs2a-bank-error', hidden: true }),
    el('button', { type: 'submit', class: 'primary' }, ['Continue']),
  ]);

export interface LoginFormOptions {
  bankCode: string;
  /** The test usernames. */
  hint: string;
  /** The error of the last attempt, shown at once. */
  loginError: string | undefined;
  unfoldConsentDetails: boolean;
  openPoliciesInNewWindow: boolean;
}

export function loginForm({ bankCode, hint, loginError, unfoldConsentDetails, openPoliciesInNewWindow }: LoginFormOptions): HTMLFormElement {
  return el('form', { novalidate: true, 'data-step': 'login' }, [
    el('h3', {}, [`Log in to Testbank (${bankCode})`]),
    el('label', { for: 'xs2a-username' }, ['Username']),
    el('input', { id: 'xs2a-username', name: 'username', autocomplete: 'username', required: true, 'aria-describedby': 'xs2a-login-hint xs2a-login-error' }),
    el('label', { for: 'xs2a-password' }, ['Password']),
    el('input', { id: 'xs2a-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
    el('p', { class: 'hint', id: 'xs2a-login-hint' }, [hint]),
    el('p', { class: 'error', id: 'xs2a-login-error', hidden: !loginError }, [loginError ?? '']),
    el('details', { open: unfoldConsentDetails }, [
      el('summary', {}, ['Consent details']),
      el('p', {}, [
        'You allow the merchant to read your account details and transactions of the last 90 days once. ',
        el('a', { href: '#privacy', target: openPoliciesInNewWindow && '_blank', rel: openPoliciesInNewWindow && 'noopener' }, ['Privacy policy']),
      ]),
    ]),
    el('button', { type: 'submit', class: 'primary' }, ['Log in']),
  ]);
}

/** Embedded SCA: the bank asks for a one-time password. */
export const otpForm = (): HTMLFormElement =>
  el('form', { novalidate: true, 'data-step': 'otp' }, [
    el('h3', {}, ['Confirm with a one-time password']),
    el('label', { for: 'xs2a-otp' }, ['One-time password (any value)']),
    el('input', { id: 'xs2a-otp', name: 'otp', inputmode: 'numeric', autocomplete: 'one-time-code', required: true }),
    el('button', { type: 'submit', class: 'primary' }, ['Confirm']),
  ]);

/** Redirect SCA: stands in for the bank's own page; the button confirms and comes back. */
export function redirectView(): { nodes: Node[]; confirm: HTMLButtonElement } {
  const confirm = el('button', { type: 'button', class: 'primary', 'data-action': 'redirect' }, ['Confirm at Testbank and return']);
  return { nodes: [el('h3', {}, ['Your bank\u2019s page']), el('p', {}, ['Testbank asks you to confirm the access to your accounts.']), confirm], confirm };
}

export function accountsForm(accounts: readonly OfferedAccount[]): HTMLFormElement {
  const options = accounts.map((account, index) =>
    el('label', { class: 'option' }, [
      el('input', { type: 'radio', name: 'account', value: account.id, checked: index === 0 }),
      ` ${account.name} `,
      el('span', { class: 'hint' }, [account.iban]),
    ]),
  );
  return el('form', { 'data-step': 'select-account' }, [
    el('fieldset', {}, [el('legend', {}, ['Which account?']), ...options]),
    el('button', { type: 'submit', class: 'primary' }, ['Continue']),
  ]);
}

/** The last view: a heading and a message. */
export const endView = (title: string, message: string, isError: boolean): Node[] => [el('h3', {}, [title]), el('p', isError ? { class: 'error' } : {}, [message])];

/** The Close button of a last view that waits for the consumer (`autoClose: false`). */
export const doneButton = (): HTMLButtonElement => el('button', { type: 'button', class: 'primary', 'data-action': 'done' }, ['Close']);
