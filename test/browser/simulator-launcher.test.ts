/**
 * The simulator's fake XS2A App launcher in a real browser: the script is the one the simulator
 * serves, and its calls to the simulator's app API reach the simulator running in this page
 * through a `fetch` stub (the one network seam).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createKlarnaSimulator } from '../../src/simulator/index.js';
import type { KlarnaSimulator } from '../../src/simulator/index.js';

interface LauncherOptions {
  [key: string]: unknown;
}
interface Launcher {
  configure(options: LauncherOptions): void;
  startFlow(token: string, options?: LauncherOptions): void;
  close(): void;
}
type Host = Window & { XS2A?: Launcher; onXS2AReady?: (() => void) | null };

const host = window as unknown as Host;
const base = `${location.origin}/klarna-in-page`;
const realFetch = window.fetch.bind(window);
let sim: KlarnaSimulator;
let scripts: HTMLScriptElement[] = [];

async function call(method: string, url: string, body?: unknown): Promise<{ data: Record<string, unknown> }> {
  const response = await sim(new Request(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }));
  return (await response.json()) as { data: Record<string, unknown> };
}

/** A fresh insights-refresh flow, as a host backend would start it. */
async function createFlow(): Promise<{ clientToken: string; self: string }> {
  const session = await call('PUT', `${base}/xs2a/v1/sessions`, { psu: { user_agent: navigator.userAgent, ip_address: '127.0.0.1' }, consent_scope: { insights_refresh: {} } });
  const flows = session.data.flows as { insights_refresh: string };
  const flow = await call('PUT', flows.insights_refresh, {});
  return { clientToken: flow.data.client_token as string, self: flow.data.self as string };
}

const flowState = async (self: string): Promise<string> => (await call('GET', self)).data.state as string;

/** Loads the launcher exactly as the simulator serves it. */
async function loadLauncher(): Promise<void> {
  const response = await sim(new Request(`${base}/xs2a/app-launcher/v0/xs2a-app-launcher.js`));
  expect(response.headers.get('content-type')).to.contain('text/javascript');
  const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
  const script = document.createElement('script');
  script.src = url;
  scripts.push(script);
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

const appHost = (): HTMLElement | null => document.querySelector<HTMLElement>('[data-xs2a-simulator]');
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- querySelector's own typed-cast signature
const inApp = <T extends Element>(selector: string): T | null => appHost()?.shadowRoot?.querySelector<T>(selector) ?? null;

async function until<T extends Element>(selector: string): Promise<T> {
  await waitUntil(() => inApp(selector), `${selector} did not appear`, { timeout: 4000 });
  return inApp<T>(selector)!;
}

function type(selector: string, value: string): void {
  const input = inApp<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function passBank(): Promise<void> {
  await until('#xs2a-bank-code');
  type('#xs2a-bank-code', '00000');
  inApp<HTMLButtonElement>('form[data-step="bank"] button[type="submit"]')!.click();
  await until('#xs2a-username');
}

function logIn(username: string): void {
  type('#xs2a-username', username);
  type('#xs2a-password', 'secret');
  inApp<HTMLButtonElement>('form[data-step="login"] button[type="submit"]')!.click();
}

/** Records the callbacks in order. */
function recorder() {
  const calls: string[] = [];
  const errors: unknown[] = [];
  const options: LauncherOptions = {
    onLoad: () => calls.push('onLoad'),
    onReady: () => calls.push('onReady'),
    onAbort: () => calls.push('onAbort'),
    onError: (error: unknown) => {
      calls.push('onError');
      errors.push(error);
    },
    onFinished: () => calls.push('onFinished'),
    onClose: () => calls.push('onClose'),
  };
  return { calls, errors, options };
}

describe('simulator: the fake XS2A App launcher', () => {
  beforeEach(() => {
    sim = createKlarnaSimulator({ seed: 'browser', basePath: '/klarna-in-page', processingMs: 50 });
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      return request.url.startsWith(base) ? sim(request) : realFetch(request);
    };
  });

  afterEach(() => {
    window.fetch = realFetch;
    appHost()?.remove();
    for (const script of scripts) script.remove();
    scripts = [];
    delete host.XS2A;
    delete host.onXS2AReady;
    document.body.style.overflow = '';
  });

  it('calls onXS2AReady set before it loads, and runs the test bank to onFinished and onClose', async () => {
    let ready = 0;
    host.onXS2AReady = () => {
      ready += 1;
    };
    await loadLauncher();
    expect(ready).to.equal(1);

    const { clientToken, self } = await createFlow();
    const { calls, options } = recorder();
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    host.XS2A!.configure({ onLoad: options.onLoad });
    host.XS2A!.startFlow(clientToken, { ...options, onLoad: undefined, appearanceMode: 'dark', unfoldConsentDetails: true });

    await passBank();
    expect(calls).to.deep.equal(['onLoad', 'onReady']);
    const dialog = inApp<HTMLElement>('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).to.equal('true');
    expect(dialog.dataset.appearance).to.equal('dark');
    expect(inApp('details')!.hasAttribute('open')).to.equal(true);
    expect(document.body.style.overflow).to.equal('hidden');
    await expect(appHost()!).shadowDom.to.be.accessible();

    logIn('acin-demo-data');
    const choice = await until<HTMLFormElement>('form[data-step="select-account"]');
    expect(await flowState(self)).to.equal('CONSUMER_INPUT_NEEDED');
    expect(choice.querySelectorAll('input[type="radio"]')).to.have.length(2);
    choice.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    await waitUntil(() => calls.includes('onClose'), 'the app did not close', { timeout: 5000 });
    expect(calls).to.deep.equal(['onLoad', 'onReady', 'onFinished', 'onClose']);
    expect(await flowState(self)).to.equal('FINISHED');
    expect(appHost()).to.equal(null);
    expect(document.activeElement).to.equal(opener);
    expect(document.body.style.overflow).to.equal('');
    opener.remove();
  });

  it('calls onXS2AReady assigned after it loaded; the close button aborts: onAbort, onClose, flow ABORTED', async () => {
    await loadLauncher();
    let ready = false;
    host.onXS2AReady = () => {
      ready = true;
    };
    await waitUntil(() => ready, 'onXS2AReady was not called');

    const { clientToken, self } = await createFlow();
    const { calls, options } = recorder();
    host.XS2A!.startFlow(clientToken, options);
    await passBank();
    inApp<HTMLButtonElement>('button.close')!.click();
    await waitUntil(() => calls.includes('onClose'), 'the app did not close');
    expect(calls).to.deep.equal(['onLoad', 'onReady', 'onAbort', 'onClose']);
    expect(await flowState(self)).to.equal('ABORTED');
    expect(appHost()).to.equal(null);
  });

  it('aborts on Escape', async () => {
    await loadLauncher();
    const { clientToken, self } = await createFlow();
    const { calls, options } = recorder();
    host.XS2A!.startFlow(clientToken, options);
    const input = await until<HTMLInputElement>('#xs2a-bank-code');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => calls.includes('onClose'), 'the app did not close');
    expect(calls).to.include('onAbort');
    expect(await flowState(self)).to.equal('ABORTED');
  });

  it('refuses an unknown bank code and wrong credentials, and lets the consumer retry', async () => {
    await loadLauncher();
    const { clientToken, self } = await createFlow();
    const { calls, options } = recorder();
    host.XS2A!.startFlow(clientToken, { ...options, autoClose: false });
    await until('#xs2a-bank-code');
    type('#xs2a-bank-code', '12345');
    inApp<HTMLButtonElement>('form[data-step="bank"] button[type="submit"]')!.click();
    expect(inApp('#xs2a-bank-error')!.textContent).to.contain('00000');
    expect(inApp('#xs2a-bank-code')!.getAttribute('aria-invalid')).to.equal('true');
    type('#xs2a-bank-code', '88888888');
    inApp<HTMLButtonElement>('form[data-step="bank"] button[type="submit"]')!.click();
    await until('#xs2a-username');

    logIn('wrong');
    await waitUntil(() => !inApp<HTMLElement>('#xs2a-login-error')!.hidden, 'no error shown');
    expect(inApp('#xs2a-login-error')!.textContent).to.contain('wrong');
    expect(await flowState(self)).to.equal('CONSUMER_INPUT_NEEDED');

    logIn('acin-demo-data');
    const choice = await until<HTMLFormElement>('form[data-step="select-account"]');
    choice.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    // autoClose: false keeps the app open on its last screen until the consumer closes it.
    const done = await until<HTMLButtonElement>('button[data-action="done"]');
    expect(calls).to.deep.equal(['onLoad', 'onReady', 'onFinished']);
    done.click();
    expect(calls).to.deep.equal(['onLoad', 'onReady', 'onFinished', 'onClose']);
  });

  it('reports a bank error through onError with Klarna’s category, then closes', async () => {
    await loadLauncher();
    const { clientToken, self } = await createFlow();
    const { calls, errors, options } = recorder();
    host.XS2A!.startFlow(clientToken, { ...options, hideTransitionOnFlowEnd: true });
    await passBank();
    logIn('bank-maintenance');
    await waitUntil(() => calls.includes('onClose'), 'the app did not close', { timeout: 4000 });
    expect(calls).to.deep.equal(['onLoad', 'onReady', 'onError', 'onClose']);
    expect(errors[0]).to.include({ category: 'MAINTENANCE' });
    expect(await flowState(self)).to.equal('EXCEPTION');
  });

  it('XS2A.close() closes the app the page opened, aborts its flow and calls onClose only', async () => {
    await loadLauncher();
    const { clientToken, self } = await createFlow();
    const { calls, options } = recorder();
    host.XS2A!.startFlow(clientToken, options);
    await passBank();
    host.XS2A!.close();
    expect(appHost()).to.equal(null);
    expect(calls).to.deep.equal(['onLoad', 'onReady', 'onClose']);
    await waitUntil(async () => (await flowState(self)) === 'ABORTED', 'the flow was not aborted');
    host.XS2A!.close();
    expect(calls).to.have.length(3);
  });

  it('asks for the OTP of an embedded SCA and confirms a redirect SCA', async () => {
    await loadLauncher();
    for (const username of ['embedded', 'redirect']) {
      const { clientToken, self } = await createFlow();
      const { calls, options } = recorder();
      host.XS2A!.startFlow(clientToken, { ...options, hideTransitionOnFlowEnd: true });
      await passBank();
      logIn(username);
      if (username === 'embedded') {
        await until('#xs2a-otp');
        type('#xs2a-otp', '123456');
        inApp<HTMLButtonElement>('form[data-step="otp"] button[type="submit"]')!.click();
      } else {
        (await until<HTMLButtonElement>('button[data-action="redirect"]')).click();
      }
      const choice = await until<HTMLFormElement>('form[data-step="select-account"]');
      choice.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitUntil(() => calls.includes('onClose'), `${username}: the app did not close`, { timeout: 4000 });
      expect(calls, username).to.deep.equal(['onLoad', 'onReady', 'onFinished', 'onClose']);
      expect(await flowState(self)).to.equal('FINISHED');
    }
  });

  it('shows the login form again with its error after decoupled-abort', async () => {
    await loadLauncher();
    const { clientToken, self } = await createFlow();
    host.XS2A!.startFlow(clientToken, recorder().options);
    await passBank();
    logIn('decoupled-abort');
    await waitUntil(() => inApp<HTMLElement>('#xs2a-login-error')?.hidden === false, 'no login error', { timeout: 4000 });
    expect(inApp('#xs2a-login-error')!.textContent).to.contain('log in again');
    expect(await flowState(self)).to.equal('CONSUMER_INPUT_NEEDED');
  });

  it('throws for a malformed client_token, a second flow, and a callback that is not a function', async () => {
    await loadLauncher();
    const xs2a = host.XS2A!;
    expect(() => {
      xs2a.startFlow('not-a-token');
    }).to.throw(/client_token/);
    expect(() => {
      xs2a.configure({ onFinished: 'yes' });
    }).to.throw(TypeError);
    expect(() => {
      xs2a.configure({ autoClose: 'yes' });
    }).to.throw(TypeError);
    const { clientToken } = await createFlow();
    xs2a.startFlow(clientToken, {});
    expect(() => {
      xs2a.startFlow(clientToken, {});
    }).to.throw(/already running/);
  });
});
