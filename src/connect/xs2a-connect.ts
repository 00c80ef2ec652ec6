import { LitElement, html } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { connectCatalog } from '../i18n/connect-messages.js';
import { resolveLocale } from '../i18n/locale.js';
import type { InsightsRefreshResult } from '../schemas/flows.js';
import type { CreateFlowRequest } from '../schemas/host-backend.js';
import type { LauncherOptions } from '../schemas/launcher.js';
import type { Xs2aConnectState } from './events.js';
import { FlowController } from './flow-controller.js';
import { styles } from './xs2a-connect.styles.js';

// The types its properties and events use, importable from the module the manifest names for it.
export type {
  Xs2aAbortEvent,
  Xs2aCloseEvent,
  Xs2aConnectState,
  Xs2aErrorEvent,
  Xs2aFinishedEvent,
  Xs2aReadyEvent,
  Xs2aStateChangeEvent,
} from './events.js';
export type { LauncherOptions } from '../schemas/launcher.js';

/** Extra fields of the create-flow request, such as `intended_reports` or `accounts`. */
export type FlowOptions = Partial<CreateFlowRequest> & Record<string, unknown>;

const working: ReadonlySet<Xs2aConnectState> = new Set(['creating-flow', 'loading-launcher', 'completing']);

/**
 * A button that connects a consumer's bank account through Klarna's XS2A App. Clicking it (or
 * `start()`) asks the host backend for a flow, opens the XS2A App with the flow's client token,
 * reads the result when the consumer is done and closes the flow again. Exactly one of
 * `xs2a-finished`, `xs2a-abort` and `xs2a-error` ends each run; `xs2a-close` follows when the app
 * closes.
 *
 * After an error or an abort the element says so beside the button, in `language`, and the
 * button's label offers to try again.
 *
 * @tag xs2a-connect
 * @summary Connect a bank account through Klarna's XS2A App.
 *
 * @attr {'idle' | 'creating-flow' | 'loading-launcher' | 'in-flow' | 'completing' | 'finished' | 'aborted' | 'error'} state - Read-only, reflected from the `state` property; for styling.
 * @attr {string} nonce - CSP nonce for the injected launcher script (the native `nonce` property). Default: the nonce of the page's first script that has one.
 *
 * @fires {Xs2aStateChangeEvent} xs2a-state-change - `{ state, previous }`: the run moved to another state.
 * @fires {Xs2aReadyEvent} xs2a-ready - `{ flowId }`: the XS2A App is showing.
 * @fires {Xs2aFinishedEvent} xs2a-finished - `{ flowId, result }`: the flow finished; `result` is Klarna's `{ type: 'insights_refresh', insights_consumer_id, accounts: [{ insights_account_id, iban? }] }`. Terminal.
 * @fires {Xs2aAbortEvent} xs2a-abort - `{ flowId }`: the consumer left the app, or `abort()` was called. `flowId` is absent if no flow existed yet. Terminal.
 * @fires {Xs2aErrorEvent} xs2a-error - `{ code, message, flowId?, status?, category? }`, `code` one of `config`, `network`, `http`, `invalid-response`, `launcher-load`, `launcher-timeout`, `launcher`, `flow`. Terminal.
 * @fires {Xs2aCloseEvent} xs2a-close - `{ flowId }`: the XS2A App closed; always after the terminal event.
 *
 * @slot - The button's label. Default: "Connect your bank" (in `language`).
 *
 * @csspart button - The native `<button>`; disabled while a run is in progress, `aria-busy` while it waits.
 * @csspart message - The short message shown after an error or an abort.
 * @csspart status - The polite live region announcing the state; visually hidden.
 *
 * @cssprop [--xs2a-color-accent=#0b57d0] - The button's background (dark: #a8c7fa).
 * @cssprop [--xs2a-color-on-accent=#fff] - The button's label (dark: #062e6f).
 * @cssprop [--xs2a-color-focus=var(--xs2a-color-accent)] - The focus ring.
 * @cssprop [--xs2a-color-danger=#b3261e] - The message after an error (dark: #f2b8b5).
 * @cssprop [--xs2a-font-family=system-ui, sans-serif] - The font.
 * @cssprop [--xs2a-font-size=0.875rem] - The font size.
 * @cssprop [--xs2a-radius=0.5rem] - The button's corner radius.
 */
export class Xs2aConnect extends LitElement {
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  // Declared here rather than with lit's decorators: the button is the element many pages load
  // alone, and the decorators' runtime is about 0.6 kB gzip of its 20 kB.
  static override properties: PropertyDeclarations = {
    endpoint: {},
    launcherSrc: { attribute: 'launcher-src' },
    language: {},
    fromDate: { attribute: 'from-date' },
    toDate: { attribute: 'to-date' },
    disabled: { type: Boolean, reflect: true },
    launcherTimeout: { attribute: 'launcher-timeout', type: Number },
    theme: { reflect: true },
    launcherOptions: { attribute: false },
    flowOptions: { attribute: false },
    statusLabels: { attribute: false },
  };

  private readonly flow = new FlowController(this);

  /** Base URL of the host backend, e.g. `/api/xs2a`. Required. */
  endpoint = '';

  /** URL of the XS2A App launcher script: Klarna's v0 launcher, or a self-hosted or simulated one. */
  launcherSrc: string = 'https://x.klarnacdn.net/xs2a/app-launcher/v0/xs2a-app-launcher.js';

  /**
   * Language of the XS2A App, two letters (`de`, `en`, …); sent in the create-flow request. The
   * element's own words follow it (English, German, Swedish), else the page's `lang`.
   */
  language?: string;

  /** First day of the transactions to fetch, `YYYY-MM-DD`; sent as `from_date`. */
  fromDate?: string;

  /** Last day of the transactions to fetch, `YYYY-MM-DD`; sent as `to_date`. */
  toDate?: string;

  /** Disables the button. `start()` still works. */
  disabled = false;

  /** Milliseconds to wait for the launcher to become ready. */
  launcherTimeout: number = 15000;

  /**
   * `light` or `dark` fixes the colour scheme; by default it follows `prefers-color-scheme`. The
   * XS2A App opens in the same scheme (`appearanceMode`) unless `launcherOptions` sets one.
   */
  theme?: 'light' | 'dark';

  /**
   * Options for `XS2A.startFlow` (`appearanceMode`, `autoClose`, `hideTransitionOnFlowEnd`,
   * `openPoliciesInNewWindow`, `psd2RedirectMethod`, `skipInitialLoader`, `theme`,
   * `unfoldConsentDetails`); validated when a run starts. Callbacks are not accepted.
   */
  launcherOptions: LauncherOptions = {};

  /** Extra fields of the create-flow request (`intended_reports`, `accounts`, …); validated when a run starts. */
  flowOptions: FlowOptions = {};

  /** What the live region announces in each state, to reword it; by default in `language`. */
  statusLabels: Partial<Record<Xs2aConnectState, string>> = {};

  /** Where the current or last run stands. Read-only. */
  get state(): Xs2aConnectState {
    return this.flow.state;
  }

  private readonly handleClick = (): void => {
    this.start().catch(() => {
      // Reported as an event; a click has no one to reject to.
    });
  };

  /**
   * Runs one flow and resolves with its result. While a run is in progress it returns that run's
   * promise, so a double click starts one flow. Rejects with an `Xs2aError` on error or abort
   * (code `abort`).
   */
  start(): Promise<InsightsRefreshResult> {
    // Properties set before the upgrade are applied in the first update; a run needs them now.
    if (this.isConnected && !this.hasUpdated) this.performUpdate();
    return this.flow.start({
      endpoint: this.endpoint,
      request: {
        ...(this.language ? { language: this.language } : {}),
        ...(this.fromDate ? { from_date: this.fromDate } : {}),
        ...(this.toDate ? { to_date: this.toDate } : {}),
        ...this.flowOptions,
      },
      launcherOptions: this.launcherOptions,
      launcherSrc: this.launcherSrc,
      nonce: this.nonce,
      launcherTimeout: this.launcherTimeout,
      appearanceMode: this.colorScheme(),
    });
  }

  /** Ends the running flow in any state: fires `xs2a-abort` and closes the flow on the backend. */
  abort(): Promise<void> {
    this.flow.abort();
    return Promise.resolve();
  }

  /** The locale of the element's own words: its `language`, else the nearest `lang`, else the browser's. */
  private wordsLocale(): string {
    return resolveLocale(this, this.language);
  }

  /**
   * Holds each update until the words of the element's language are here (English is bundled,
   * German and Swedish load on first use), so the button's first label is in its language and
   * never English first.
   */
  // Lit's signature: its own updates at once and returns nothing.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = connectCatalog.whenHere(() => this.wordsLocale());
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The scheme the element shows: its `theme`, else the page's `prefers-color-scheme`. */
  private colorScheme(): 'light' | 'dark' {
    if (this.theme === 'light' || this.theme === 'dark') return this.theme;
    return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  override render() {
    const { state } = this;
    const running = state !== 'idle' && state !== 'finished' && state !== 'aborted' && state !== 'error';
    const locale = this.wordsLocale();
    const messages = connectCatalog.wordsFor(locale);
    if (!messages) {
      // Rendered before its words arrived (`start()` before the first update): no words yet
      // rather than English ones, and an update once they are here.
      void connectCatalog.load(locale).then(() => {
        this.requestUpdate();
      });
    }
    const ended = !messages ? '' : state === 'error' ? messages.failed : state === 'aborted' ? messages.cancelled : '';
    // The live region announces the state; the message repeats it visibly, so it is no live region itself.
    return html`
      <button part="button" type="button" ?disabled=${this.disabled || running} aria-busy=${working.has(state) ? 'true' : 'false'} @click=${this.handleClick}>
        ${ended ? messages?.retry : html`<slot>${messages?.label}</slot>`}
      </button>
      ${ended ? html`<span part="message">${ended}</span>` : null}
      <span part="status" role="status">${this.statusLabels[state] ?? messages?.states[state]}</span>
    `;
  }
}
