/**
 * One run of the fake XS2A App: the modal test bank of one flow, from `XS2A.startFlow` until it
 * closes. Each consumer step is posted to the simulator's app API and the dialog shows the flow
 * the answer holds, so the host's backend sees the same state changes as with Klarna's app.
 */
import type { AppAnswer, AppView, FlowError, OfferedAccount } from './app-api.js';
import { AppApi, answerError } from './app-api.js';
import { testBankCodes } from '../scenarios.js';
import { spinner } from './dom.js';
import type { CallbackName, FakeAppOptions } from './options.js';
import type { ClientTokenClaims } from './token.js';
import type { Appearance, Frame } from './views.js';
import { accountsForm, appearances, bankForm, doneButton, endView, frame, loginForm, otpForm, processingView, redirectView, texts } from './views.js';

/** How often a `PROCESSING` flow is polled; three times that after a network failure. */
const pollMs = 300;
/** How long the last view shows before the app closes itself. */
const endViewMs = 700;

/** The elements of focus that Tab cycles through inside the dialog. */
const focusable = 'button, input, select, summary, a[href]';

/** Reports a page callback's exception as uncaught, without breaking the app that called it. */
export function rethrowLater(error: unknown): void {
  setTimeout(() => {
    throw error;
  }, 0);
}

export interface FakeAppContext {
  /** Gives the dialog's shadow root its styles. */
  style: (root: ShadowRoot) => void;
  /** Told once the app has closed, before `onClose`. */
  closed: () => void;
}

const isAppearance = (mode: unknown): mode is Appearance => appearances.includes(mode as string);

/** A form's input by name; the forms are built in views.ts, so each one is there. */
const input = (form: HTMLFormElement, name: string): HTMLInputElement => form.elements.namedItem(name) as HTMLInputElement;

const submitButton = (form: HTMLFormElement): HTMLButtonElement => form.querySelector<HTMLButtonElement>('button[type="submit"]') as HTMLButtonElement;
const errorLine = (form: HTMLFormElement): HTMLElement => form.querySelector<HTMLElement>('.error') as HTMLElement;

export class FakeApp {
  readonly #api: AppApi;
  readonly #options: FakeAppOptions;
  readonly #context: FakeAppContext;
  /** The flow ended (or was aborted): closing now only tears down. */
  #terminal = false;
  #closed = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #frame: Frame | undefined;
  #host: HTMLElement | undefined;
  #root: ShadowRoot | undefined;
  #previousFocus: Element | null = null;
  #previousOverflow = '';
  #hint = '';
  #country = '';
  #bankCode = '';

  constructor(token: string, claims: ClientTokenClaims, options: FakeAppOptions, context: FakeAppContext) {
    this.#api = new AppApi(token, claims.urls.app);
    this.#options = options;
    this.#context = context;
  }

  start(): void {
    this.#mount();
    if (!this.#options.skipInitialLoader) this.#render([spinner()]);
    this.#say(texts.loading);
    this.#api.send('GET', '').then(
      (answer) => {
        if (this.#closed) return;
        if (!answer.ok) {
          this.#fail(answerError(answer));
          return;
        }
        this.#call('onLoad');
        this.#show(answer.view);
        this.#call('onReady');
      },
      () => {
        this.#unreachable();
      },
    );
  }

  /** `XS2A.close()`: the page closes the app; a flow still waiting for the consumer is aborted. */
  closeByHost(): void {
    if (this.#closed) return;
    if (!this.#terminal) {
      this.#terminal = true;
      this.#api.send('POST', '/abort').catch(() => {
        /* the page closes the flow as well */
      });
    }
    this.#teardown();
  }

  /** Calls the page's callback as a plain function (no `this`); an exception in it is reported, not let into the app. */
  #call(name: CallbackName, ...args: [] | [FlowError]): void {
    const callback = this.#options[name];
    if (typeof callback !== 'function') return;
    try {
      callback(...args);
    } catch (thrown) {
      rethrowLater(thrown);
    }
  }

  #mount(): void {
    const host = document.createElement('div');
    host.setAttribute('data-xs2a-simulator', '');
    const root = host.attachShadow({ mode: 'open' });
    this.#context.style(root);
    const parts = frame(isAppearance(this.#options.appearanceMode) ? this.#options.appearanceMode : 'light');
    root.appendChild(parts.backdrop);
    this.#frame = parts;
    this.#host = host;
    this.#root = root;
    this.#previousFocus = document.activeElement;
    this.#previousOverflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    parts.close.addEventListener('click', () => {
      this.#closeByUser();
    });
    // ShadowRoot's event map lacks keyboard events; a keydown is a KeyboardEvent all the same.
    root.addEventListener('keydown', (keydown) => {
      const event = keydown as KeyboardEvent;
      if (event.key === 'Escape') {
        event.preventDefault();
        this.#closeByUser();
      } else if (event.key === 'Tab') {
        this.#trapFocus(event);
      }
    });
    document.body.appendChild(host);
  }

  #trapFocus(event: KeyboardEvent): void {
    const root = this.#root;
    if (!root) return;
    const items = [...root.querySelectorAll<HTMLElement>(focusable)].filter(
      (item) => !(item as HTMLButtonElement).disabled && item.getClientRects().length > 0,
    );
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = root.activeElement;
    if (event.shiftKey && (active === first || !active)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !active)) {
      event.preventDefault();
      first.focus();
    }
  }

  #say(text: string): void {
    if (this.#frame) this.#frame.status.textContent = text;
  }

  /** Replaces the dialog's content with these nodes and focuses the first match of the selector. */
  #render(nodes: readonly Node[], focusSelector = 'input, select, button'): void {
    const body = this.#frame?.body;
    if (!body) return;
    body.textContent = '';
    for (const node of nodes) body.appendChild(node);
    body.querySelector<HTMLElement>(focusSelector)?.focus();
  }

  #show(view: AppView | undefined): void {
    if (this.#closed || !view) return;
    clearTimeout(this.#timer);
    this.#hint = view.hint || this.#hint;
    switch (view.state) {
      case 'PROCESSING':
        this.#render(processingView(view.decoupled === true));
        this.#say(view.decoupled ? texts.waitingForApp : texts.connecting);
        this.#timer = setTimeout(() => {
          this.#poll();
        }, pollMs);
        return;
      case 'CONSUMER_INPUT_NEEDED':
        if (view.step === 'select-account') this.#showAccounts(view.accounts ?? []);
        else if (view.step === 'otp') this.#showOtp();
        else if (view.step === 'redirect') this.#showRedirect();
        else if (view.login_error && this.#bankCode) this.#showLogin(this.#country, this.#bankCode, view.login_error);
        else this.#showBank();
        return;
      case 'FINISHED':
        this.#finish();
        return;
      case 'EXCEPTION':
        this.#fail(view.error ?? { category: 'TECHNICAL', message: texts.flowFailed });
        return;
      case 'ABORTED':
        this.#terminal = true;
        this.#call('onAbort');
        this.#teardown();
        return;
    }
  }

  #poll(): void {
    this.#api.send('GET', '').then(
      (answer) => {
        if (this.#closed) return;
        if (!answer.ok) {
          this.#fail(answerError(answer));
          return;
        }
        this.#show(answer.view);
      },
      () => {
        if (!this.#closed) {
          this.#timer = setTimeout(() => {
            this.#poll();
          }, pollMs * 3);
        }
      },
    );
  }

  #showBank(): void {
    this.#say('');
    const form = bankForm();
    this.#render([form], '#xs2a-bank-code');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const codeInput = input(form, 'bank_code');
      const code = codeInput.value.trim();
      if (!testBankCodes.includes(code)) {
        const error = errorLine(form);
        error.textContent = texts.unknownBank;
        error.hidden = false;
        codeInput.setAttribute('aria-invalid', 'true');
        this.#say(texts.unknownBank);
        codeInput.focus();
        return;
      }
      this.#showLogin((form.elements.namedItem('country') as HTMLSelectElement).value, code);
    });
  }

  #showLogin(country: string, bankCode: string, loginError?: string): void {
    this.#country = country;
    this.#bankCode = bankCode;
    this.#say(loginError ?? '');
    const form = loginForm({
      bankCode,
      hint: this.#hint,
      loginError,
      unfoldConsentDetails: this.#options.unfoldConsentDetails === true,
      openPoliciesInNewWindow: this.#options.openPoliciesInNewWindow === true,
    });
    this.#render([form], '#xs2a-username');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const button = submitButton(form);
      const usernameInput = input(form, 'username');
      const username = usernameInput.value;
      const password = input(form, 'password').value;
      const error = errorLine(form);
      if (!username.trim() || !password) {
        error.textContent = texts.missingCredentials;
        error.hidden = false;
        this.#say(texts.missingCredentials);
        return;
      }
      button.disabled = true;
      this.#say(texts.loggingIn);
      this.#api.send('POST', '/login', { country, bank_code: bankCode, username, password }).then(
        (answer) => {
          if (this.#closed) return;
          if (!answer.ok && isFormError(answer)) {
            // The bank's form again, with its message: the consumer corrects and retries.
            const message = answer.error?.message ?? '';
            button.disabled = false;
            error.textContent = message;
            error.hidden = false;
            usernameInput.setAttribute('aria-invalid', 'true');
            this.#say(message);
            usernameInput.focus();
            usernameInput.select();
            return;
          }
          if (!answer.ok) {
            this.#fail(answerError(answer));
            return;
          }
          this.#show(answer.view);
        },
        () => {
        this.#unreachable();
      },
      );
    });
  }

  #showOtp(): void {
    this.#say(texts.enterOtp);
    const form = otpForm();
    this.#render([form], '#xs2a-otp');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const otp = input(form, 'otp').value.trim();
      if (!otp) {
        this.#say(texts.enterOtp);
        return;
      }
      submitButton(form).disabled = true;
      this.#step('/otp', { otp });
    });
  }

  #showRedirect(): void {
    this.#say(texts.confirmAtBank);
    const { nodes, confirm } = redirectView();
    this.#render(nodes, 'button[data-action="redirect"]');
    confirm.addEventListener('click', () => {
      confirm.disabled = true;
      this.#step('/redirect');
    });
  }

  #showAccounts(accounts: readonly OfferedAccount[]): void {
    this.#say(texts.chooseAccount);
    const form = accountsForm(accounts);
    this.#render([form], 'input[type="radio"]');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const checked = form.querySelector<HTMLInputElement>('input[name="account"]:checked');
      if (!checked) return;
      submitButton(form).disabled = true;
      this.#step('/accounts', { account_ids: [checked.value] });
    });
  }

  /** Posts one step of the flow and shows what follows. */
  #step(suffix: string, body?: unknown): void {
    this.#api.send('POST', suffix, body).then(
      (answer) => {
        if (this.#closed) return;
        if (!answer.ok) {
          this.#fail(answerError(answer));
          return;
        }
        this.#show(answer.view);
      },
      () => {
        this.#unreachable();
      },
    );
  }

  /** The last view, with a Close button unless the app closes itself. */
  #end(title: string, message: string, isError: boolean): void {
    const nodes = endView(title, message, isError);
    this.#terminal = true;
    if (this.#options.autoClose === false) {
      const done = doneButton();
      done.addEventListener('click', () => {
        this.#teardown();
      });
      this.#render([...nodes, done], 'button[data-action="done"]');
      return;
    }
    if (this.#options.hideTransitionOnFlowEnd) {
      this.#teardown();
      return;
    }
    this.#render(nodes);
    this.#timer = setTimeout(() => {
      this.#teardown();
    }, endViewMs);
  }

  #finish(): void {
    this.#say(texts.connected);
    this.#call('onFinished');
    if (!this.#closed) this.#end(texts.done, texts.connected, false);
  }

  #fail(error: Partial<FlowError>): void {
    if (this.#terminal && this.#closed) return;
    const detail: FlowError = { category: error.category || 'TECHNICAL', message: error.message || texts.flowFailed };
    this.#say(detail.message);
    this.#call('onError', detail);
    if (!this.#closed) this.#end(texts.failed, detail.message, true);
  }

  /** The network failed: the flow cannot go on. */
  #unreachable(): void {
    if (!this.#closed) this.#fail({ category: 'TECHNICAL', message: texts.unreachable });
  }

  /** The close button or Escape: a flow still running is aborted first. */
  #closeByUser(): void {
    if (this.#closed) return;
    if (this.#terminal) {
      this.#teardown();
      return;
    }
    this.#terminal = true;
    clearTimeout(this.#timer);
    const done = (): void => {
      this.#call('onAbort');
      this.#teardown();
    };
    this.#api.send('POST', '/abort').then(done, done);
  }

  #teardown(): void {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#host?.remove();
    document.body.style.overflow = this.#previousOverflow;
    const previous = this.#previousFocus as Partial<HTMLOrSVGElement> | null;
    if (typeof previous?.focus === 'function') previous.focus();
    this.#context.closed();
    this.#call('onClose');
  }
}

/** The login answers that show the form again instead of ending the flow. */
const formErrorCodes: readonly string[] = ['INVALID_CREDENTIALS', 'INVALID_FORM', 'BANK_NOT_FOUND'];

const isFormError = (answer: AppAnswer): boolean => formErrorCodes.includes(answer.error?.code ?? '');
