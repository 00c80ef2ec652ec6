import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/connect/define.js';
import { Xs2aConnect } from '../../src/connect/xs2a-connect.js';
import type { Xs2aConnectState } from '../../src/connect/events.js';
import { defineElement } from '../../src/define-element.js';
import { Xs2aError } from '../../src/errors.js';
import launcher from '../../src/launcher/launcher-loader.js';
import { deferred, happyPath, insightsResult, installFakeBackend, json } from './helpers/fake-backend.js';
import type { FakeBackend, Handler } from './helpers/fake-backend.js';
import { stubLauncher } from './helpers/fake-launcher.js';
import type { FakeLauncher } from './helpers/fake-launcher.js';
import { installClock, trackTimers, trackWindowListeners } from './helpers/timers.js';
import { nextTask, until } from '../helpers/until.js';
import { rejection } from '../helpers/errors.js';

const eventNames = ['xs2a-state-change', 'xs2a-ready', 'xs2a-finished', 'xs2a-abort', 'xs2a-error', 'xs2a-close'] as const;

let log: string[];
let backend: FakeBackend;
let app: FakeLauncher;

/** Writes each event into the log next to the requests: `state:<state>` or the event's name. */
function record(element: HTMLElement): void {
  for (const name of eventNames) {
    element.addEventListener(name, (event) => {
      log.push(event instanceof Event && name === 'xs2a-state-change' ? `state:${(event as CustomEvent<{ state: string }>).detail.state}` : name);
    });
  }
}

async function mount(template = html`<xs2a-connect endpoint="/api">Connect my bank</xs2a-connect>`): Promise<Xs2aConnect> {
  const element = await fixture<Xs2aConnect>(template);
  record(element);
  return element;
}

const button = (element: Xs2aConnect): HTMLButtonElement => element.shadowRoot!.querySelector('button')!;
const status = (element: Xs2aConnect): string => element.shadowRoot!.querySelector('[role="status"]')!.textContent;
const events = (): string[] => log.filter((entry) => !/^(GET|POST|DELETE) /.test(entry));
const reachState = (element: Xs2aConnect, state: Xs2aConnectState): Promise<void> => until(() => element.state === state, `state ${state}`);

/** The error a rejected `start()` rejected with. */
const startError = (run: Promise<unknown>): Promise<Xs2aError> => rejection(run, Xs2aError);

/** Starts a run and waits for the XS2A App to be showing; `run` is `start()`'s promise. */
async function openApp(element: Xs2aConnect): Promise<{ run: Promise<unknown> }> {
  const flows = app.flows.length;
  const run = element.start();
  run.catch(() => undefined);
  await until(() => app.flows.length > flows, 'startFlow');
  return { run };
}

const only = (handlers: Partial<Record<string, Handler>>): Handler => (request) =>
  (handlers[`${request.method} ${request.path}`] ?? happyPath)(request);

beforeEach(() => {
  log = [];
  backend = installFakeBackend(happyPath, log);
  app = stubLauncher();
});

afterEach(() => {
  backend.restore();
  app.restore();
});

describe('<xs2a-connect>: rendering', () => {
  it('is a native button labelled by the default slot, with a fallback label', async () => {
    const element = await mount();
    expect(button(element).getAttribute('part')).to.equal('button');
    expect(button(element).type).to.equal('button');
    expect(button(element).querySelector('slot')!.assignedNodes()[0]!.textContent).to.equal('Connect my bank');
    const empty = await mount(html`<xs2a-connect endpoint="/api"></xs2a-connect>`);
    expect(button(empty).textContent.trim()).to.equal('Connect your bank');
    expect(empty.getAttribute('state')).to.equal('idle');
    expect(empty.state).to.equal('idle');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('shows its own words in German with language="de", or under a German lang', async () => {
    const element = await mount(html`<xs2a-connect endpoint="/api" language="de"></xs2a-connect>`);
    expect(button(element).textContent.trim()).to.equal('Bank verbinden');
    await openApp(element);
    await element.updateComplete;
    expect(status(element)).to.equal('Bankverbindung geöffnet');
    await element.abort();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal('Die Bankverbindung wurde abgebrochen.');
    expect(button(element).textContent.trim()).to.equal('Erneut versuchen');
    expect(status(element)).to.equal('Bankverbindung abgebrochen');
    const inherited = await fixture<HTMLElement>(html`<div lang="de-AT"><xs2a-connect endpoint="/api"></xs2a-connect></div>`);
    expect(button(inherited.querySelector('xs2a-connect')!).textContent.trim()).to.equal('Bank verbinden');
  });

  it('disables the button with the disabled attribute', async () => {
    const element = await mount(html`<xs2a-connect endpoint="/api" disabled>Connect</xs2a-connect>`);
    expect(button(element).disabled).to.be.true;
    button(element).click();
    await nextTask();
    expect(backend.requests).to.have.length(0);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('takes its colours from --xs2a-* tokens, with light and dark defaults', async () => {
    const light = await mount(html`<xs2a-connect endpoint="/api" theme="light">Connect</xs2a-connect>`);
    const dark = await mount(html`<xs2a-connect endpoint="/api" theme="dark">Connect</xs2a-connect>`);
    const custom = await mount(html`<xs2a-connect endpoint="/api" theme="dark" style="--xs2a-color-accent: rgb(1, 2, 3)">Connect</xs2a-connect>`);
    const background = (element: Xs2aConnect): string => getComputedStyle(button(element)).backgroundColor;
    expect(background(light)).to.equal('rgb(11, 87, 208)');
    expect(background(dark)).to.equal('rgb(168, 199, 250)');
    expect(background(custom)).to.equal('rgb(1, 2, 3)');
    await expect(dark).shadowDom.to.be.accessible();
  });

  it('turns dark with prefers-color-scheme, unless theme="light" says otherwise', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const auto = await mount();
      const light = await mount(html`<xs2a-connect endpoint="/api" theme="light">Connect</xs2a-connect>`);
      expect(getComputedStyle(button(auto)).backgroundColor).to.equal('rgb(168, 199, 250)');
      expect(getComputedStyle(button(auto)).color).to.equal('rgb(6, 46, 111)');
      expect(getComputedStyle(button(light)).backgroundColor).to.equal('rgb(11, 87, 208)');
      await expect(auto).shadowDom.to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('<xs2a-connect>: a run', () => {
  it('creates the flow, opens the app, reads the result, then closes the flow: in this order', async () => {
    const element = await mount(html`
      <xs2a-connect endpoint="/api" language="de" from-date="2024-01-01" to-date="2024-03-31">Connect</xs2a-connect>
    `);
    element.launcherOptions = { autoClose: true, theme: 'default' };
    element.flowOptions = { intended_reports: ['CATEGORIZED_TRANSACTIONSV2'] };
    const run = element.start();
    await until(() => app.flows.length === 1, 'startFlow');
    expect(app.current.clientToken).to.equal('token-1');
    expect(app.configured).to.deep.equal([{ autoClose: true, theme: 'default' }]);
    expect(app.current.options).to.include({ autoClose: true, theme: 'default' });
    expect(app.loads[0]).to.include({ src: 'https://x.klarnacdn.net/xs2a/app-launcher/v0/xs2a-app-launcher.js', timeout: 15000 });

    app.current.options.onLoad?.();
    app.current.options.onReady?.();
    app.current.options.onFinished?.();
    expect(await run).to.deep.equal(insightsResult);
    app.current.options.onClose?.();

    expect(log).to.deep.equal([
      'state:creating-flow',
      'POST /api/flows',
      'state:loading-launcher',
      'state:in-flow',
      'xs2a-ready',
      'state:completing',
      'GET /api/flows/flow-1',
      'state:finished',
      'xs2a-finished',
      'DELETE /api/flows/flow-1',
      'xs2a-close',
    ]);
    expect(backend.requests[0]!.body).to.deep.equal({
      language: 'de',
      from_date: '2024-01-01',
      to_date: '2024-03-31',
      intended_reports: ['CATEGORIZED_TRANSACTIONSV2'],
    });
    expect(backend.requests[2]!.keepalive).to.be.true;
    expect(element.state).to.equal('finished');
    expect(element.getAttribute('state')).to.equal('finished');
  });

  it('fires the details the design documents', async () => {
    const element = await mount();
    const details: Record<string, unknown> = {};
    for (const name of eventNames) {
      element.addEventListener(name, (event) => {
        details[name] = (event as CustomEvent).detail;
        expect(event.bubbles && event.composed, `${name} bubbles and is composed`).to.be.true;
      });
    }
    await openApp(element);
    app.current.options.onReady?.();
    app.current.options.onFinished?.();
    await reachState(element, 'finished');
    app.current.options.onClose?.();
    expect(details).to.deep.equal({
      'xs2a-state-change': { state: 'finished', previous: 'completing' },
      'xs2a-ready': { flowId: 'flow-1' },
      'xs2a-finished': { flowId: 'flow-1', result: insightsResult },
      'xs2a-close': { flowId: 'flow-1' },
    });
  });

  it('holds xs2a-close back until the terminal event when the app closes first', async () => {
    const flow = deferred<Response>();
    backend.restore();
    backend = installFakeBackend(only({ 'GET /api/flows/flow-1': () => flow.promise }), log);
    const element = await mount();
    await openApp(element);
    app.current.options.onFinished?.();
    app.current.options.onClose?.();
    await reachState(element, 'completing');
    expect(events()).not.to.include('xs2a-close');
    flow.resolve(json(200, { data: { state: 'FINISHED', result: insightsResult } }));
    await reachState(element, 'finished');
    expect(events().slice(-3)).to.deep.equal(['state:finished', 'xs2a-finished', 'xs2a-close']);
  });

  it('returns focus to the button when the app closes', async () => {
    const element = await mount();
    button(element).focus();
    button(element).click();
    await until(() => app.flows.length === 1, 'startFlow');
    // The app takes the focus while it shows, and drops it when it goes.
    const appButton = document.createElement('button');
    document.body.append(appButton);
    appButton.focus();
    app.current.options.onFinished?.();
    await reachState(element, 'finished');
    appButton.remove();
    app.current.options.onClose?.();
    await until(() => element.shadowRoot!.activeElement === button(element), 'focus on the button');
  });

  it('opens the app in the element’s colour scheme unless launcherOptions sets appearanceMode', async () => {
    const mode = async (template: ReturnType<typeof html>, options?: Record<string, unknown>): Promise<unknown> => {
      const element = await mount(template);
      if (options) element.launcherOptions = options;
      await openApp(element);
      await element.abort();
      return app.current.options.appearanceMode;
    };
    expect(await mode(html`<xs2a-connect endpoint="/api">Connect</xs2a-connect>`)).to.equal('light');
    expect(await mode(html`<xs2a-connect endpoint="/api" theme="dark">Connect</xs2a-connect>`)).to.equal('dark');
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(await mode(html`<xs2a-connect endpoint="/api">Connect</xs2a-connect>`)).to.equal('dark');
      expect(await mode(html`<xs2a-connect endpoint="/api" theme="light">Connect</xs2a-connect>`)).to.equal('light');
      expect(await mode(html`<xs2a-connect endpoint="/api">Connect</xs2a-connect>`, { appearanceMode: 'light' })).to.equal('light');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('after an error or an abort, says so and offers to try again, in its language', async () => {
    const element = await mount(html`<xs2a-connect endpoint="/api" language="de">Bank verbinden</xs2a-connect>`);
    const message = (): string | undefined => element.shadowRoot!.querySelector('[part="message"]')?.textContent;
    await openApp(element);
    expect(message()).to.equal(undefined);
    app.current.options.onError?.({ category: 'USER', message: 'x' });
    await reachState(element, 'error');
    await element.updateComplete;
    expect(message()).to.equal('Die Bankverbindung ist fehlgeschlagen.');
    expect(button(element).textContent.trim()).to.equal('Erneut versuchen');
    expect(status(element)).to.equal('Bankverbindung fehlgeschlagen');
    expect(getComputedStyle(element.shadowRoot!.querySelector('[part="message"]')!).color).to.equal('rgb(179, 38, 30)');
    await expect(element).shadowDom.to.be.accessible();
    button(element).click();
    await until(() => app.flows.length === 2, 'a second startFlow');
    expect(message()).to.equal(undefined);
    expect(button(element).querySelector('slot')).to.exist;
    element.language = 'sv';
    await element.abort();
    await element.updateComplete;
    expect(message()).to.equal('Bankanslutningen avbröts.');
    expect(button(element).textContent.trim()).to.equal('Försök igen');
    const lang = document.documentElement.lang;
    element.language = undefined;
    document.documentElement.lang = 'en';
    try {
      await element.updateComplete;
      expect(message()).to.equal('The bank connection was cancelled.');
    } finally {
      document.documentElement.lang = lang;
    }
  });

  it('announces the state in a polite live region, in the page’s words if given', async () => {
    const element = await mount();
    expect(element.shadowRoot!.querySelector('[part="status"]')!.getAttribute('role')).to.equal('status');
    expect(status(element)).to.equal('');
    await openApp(element);
    await element.updateComplete;
    expect(status(element)).to.equal('Bank connection open');
    element.statusLabels = { 'in-flow': 'Bankverbindung geöffnet' };
    await element.updateComplete;
    expect(status(element)).to.equal('Bankverbindung geöffnet');
  });

  it('skips the app when the created flow is already finished', async () => {
    backend.restore();
    backend = installFakeBackend(
      only({ 'POST /api/flows': () => json(201, { data: { flow_id: 'flow-1', client_token: 'token-1', state: 'FINISHED' } }) }),
      log,
    );
    const element = await mount();
    expect(await element.start()).to.deep.equal(insightsResult);
    expect(app.loads).to.have.length(0);
    expect(backend.calls()).to.deep.equal(['POST /api/flows', 'GET /api/flows/flow-1', 'DELETE /api/flows/flow-1']);
  });

  it('reads a flow still PROCESSING again, backing off, until it finishes', async () => {
    let reads = 0;
    backend.restore();
    backend = installFakeBackend(
      only({
        'GET /api/flows/flow-1': () =>
          ++reads < 3 ? json(200, { data: { state: 'PROCESSING' } }) : json(200, { data: { state: 'FINISHED', result: insightsResult } }),
      }),
      log,
    );
    const element = await mount();
    await openApp(element);
    const clock = installClock();
    try {
      app.current.options.onFinished?.();
      await until(() => reads === 1 && clock.pending === 1, 'the first read and its back-off timer');
      await clock.tick(499);
      expect(reads).to.equal(1);
      await clock.tick(1);
      expect(reads).to.equal(2);
      await clock.tick(1000);
      expect(reads).to.equal(3);
      await reachState(element, 'finished');
    } finally {
      clock.uninstall();
    }
  });

  it('retries a flow read once after a 5xx', async () => {
    let reads = 0;
    backend.restore();
    backend = installFakeBackend(
      only({
        'GET /api/flows/flow-1': () =>
          ++reads === 1 ? json(503, { error: { code: 'UNAVAILABLE', message: 'restarting' } }) : json(200, { data: { state: 'FINISHED', result: insightsResult } }),
      }),
      log,
    );
    const element = await mount();
    await openApp(element);
    app.current.options.onFinished?.();
    await reachState(element, 'finished');
    expect(backend.calls()).to.deep.equal(['POST /api/flows', 'GET /api/flows/flow-1', 'GET /api/flows/flow-1', 'DELETE /api/flows/flow-1']);
  });

  it('starts one flow for a double click, and start() returns the same promise', async () => {
    const element = await mount();
    button(element).click();
    button(element).click();
    expect(element.start()).to.equal(element.start());
    await element.updateComplete;
    expect(button(element).disabled).to.be.true;
    expect(button(element).getAttribute('aria-busy')).to.equal('true');
    await until(() => app.flows.length === 1, 'startFlow');
    expect(backend.calls()).to.deep.equal(['POST /api/flows']);
    await element.updateComplete;
    expect(button(element).getAttribute('aria-busy')).to.equal('false');
  });

  it('starts a new run after a finished one', async () => {
    const element = await mount();
    await openApp(element);
    app.current.options.onFinished?.();
    await reachState(element, 'finished');
    await element.updateComplete;
    expect(button(element).disabled).to.be.false;
    element.start().catch(() => undefined);
    expect(element.state).to.equal('creating-flow');
    expect(events()).to.include('state:creating-flow');
  });

  it('passes accessibility checks in each visual state', async () => {
    const flow = deferred<Response>();
    backend.restore();
    backend = installFakeBackend(only({ 'POST /api/flows': () => flow.promise }), log);
    const element = await mount();
    const run = element.start();
    run.catch(() => undefined);
    await element.updateComplete;
    expect(element.state).to.equal('creating-flow');
    await expect(element).shadowDom.to.be.accessible();
    flow.resolve(json(201, { data: { flow_id: 'flow-1', client_token: 'token-1', state: 'CONSUMER_INPUT_NEEDED' } }));
    await until(() => app.flows.length === 1, 'startFlow');
    await element.updateComplete;
    await expect(element).shadowDom.to.be.accessible();
    app.current.options.onFinished?.();
    await run;
    await element.updateComplete;
    await expect(element).shadowDom.to.be.accessible();
    const failed = await mount(html`<xs2a-connect>Connect</xs2a-connect>`);
    await startError(failed.start());
    await failed.updateComplete;
    expect(failed.state).to.equal('error');
    await expect(failed).shadowDom.to.be.accessible();
  });
});

describe('<xs2a-connect>: every error code', () => {
  async function failure(element: Xs2aConnect, trigger: () => void | Promise<void> = () => undefined) {
    const errors: CustomEvent[] = [];
    element.addEventListener('xs2a-error', (event) => errors.push(event as unknown as CustomEvent));
    const logged = log.length;
    const run = element.start();
    run.catch(() => undefined);
    await trigger();
    const error = await startError(run);
    await until(() => errors.length > 0, 'xs2a-error');
    expect(errors).to.have.length(1);
    expect(element.state).to.equal('error');
    const terminal = log.slice(logged).filter((name) => ['xs2a-finished', 'xs2a-abort', 'xs2a-error'].includes(name));
    expect(terminal).to.deep.equal(['xs2a-error']);
    return { error, detail: errors[0]!.detail as Record<string, unknown> };
  }

  it('config: no endpoint', async () => {
    const element = await mount(html`<xs2a-connect>Connect</xs2a-connect>`);
    const { error, detail } = await failure(element);
    expect(detail).to.deep.equal({ code: 'config', message: error.message });
    expect(error.message).to.contain('endpoint');
    expect(backend.requests).to.have.length(0);
    expect(events()).to.deep.equal(['state:error', 'xs2a-error']);
  });

  it('config: a malformed date, language or flow option names its path', async () => {
    const element = await mount(html`<xs2a-connect endpoint="/api" from-date="2024-02-30">Connect</xs2a-connect>`);
    expect((await failure(element)).detail.message).to.contain('from_date');
    element.fromDate = undefined;
    element.language = 'german';
    expect((await failure(element)).detail.message).to.contain('language');
    element.language = undefined;
    element.flowOptions = { accounts: { all: 'yes' } } as never;
    expect((await failure(element)).error.path).to.equal('accounts.all');
    element.flowOptions = {};
    element.setAttribute('launcher-timeout', 'soon');
    expect((await failure(element)).detail.message).to.contain('launcher-timeout');
    expect(backend.requests).to.have.length(0);
  });

  it('config: launcher options with a wrong type or a callback', async () => {
    const element = await mount();
    element.launcherOptions = { autoClose: 'yes' } as never;
    expect((await failure(element)).error.path).to.equal('autoClose');
    element.launcherOptions = { onFinished: () => undefined };
    const { detail } = await failure(element);
    expect(detail.message).to.contain('onFinished: callbacks are the element’s own');
    expect(detail.path).to.equal('onFinished');
    expect(backend.requests).to.have.length(0);
  });

  it('config: a launcher-src that is not http(s)', async () => {
    app.restore();
    const element = await mount(html`<xs2a-connect endpoint="/api" launcher-src="javascript:alert(1)">Connect</xs2a-connect>`);
    const { detail } = await failure(element);
    expect(detail).to.include({ code: 'config', flowId: 'flow-1' });
    expect(backend.calls()).to.deep.equal(['POST /api/flows', 'DELETE /api/flows/flow-1']);
  });

  it('network: the backend cannot be reached; a POST is not retried', async () => {
    backend.restore();
    backend = installFakeBackend(() => Promise.reject(new TypeError('Failed to fetch')), log);
    const { detail } = await failure(await mount());
    expect(detail.code).to.equal('network');
    expect(detail.message).to.contain('Failed to fetch');
    expect(backend.calls()).to.deep.equal(['POST /api/flows']);
  });

  it('network: a flow read that fails twice', async () => {
    backend.restore();
    backend = installFakeBackend(only({ 'GET /api/flows/flow-1': () => Promise.reject(new TypeError('Failed to fetch')) }), log);
    const element = await mount();
    const { detail } = await failure(element, async () => {
      await until(() => app.flows.length === 1, 'startFlow');
      app.current.options.onFinished?.();
    });
    expect(detail).to.include({ code: 'network', flowId: 'flow-1' });
    expect(backend.calls()).to.deep.equal(['POST /api/flows', 'GET /api/flows/flow-1', 'GET /api/flows/flow-1', 'DELETE /api/flows/flow-1']);
  });

  it('http: a non-2xx answer carries its status and the backend’s message; a POST is not retried', async () => {
    backend.restore();
    backend = installFakeBackend(() => json(502, { error: { code: 'KLARNA_DOWN', message: 'Klarna did not answer' } }), log);
    const { detail } = await failure(await mount());
    expect(detail).to.include({ code: 'http', status: 502 });
    expect(detail.message).to.contain('Klarna did not answer');
    expect(backend.calls()).to.deep.equal(['POST /api/flows']);
  });

  it('invalid-response: not JSON', async () => {
    backend.restore();
    backend = installFakeBackend(() => new Response('<h1>Welcome</h1>', { status: 200, headers: { 'content-type': 'text/html' } }), log);
    const { detail } = await failure(await mount());
    expect(detail).to.include({ code: 'invalid-response', status: 200 });
    expect(detail.message).to.contain('text/html');
  });

  it('invalid-response: JSON of the wrong shape names the path', async () => {
    backend.restore();
    backend = installFakeBackend(only({ 'POST /api/flows': () => json(201, { data: { flow_id: 'flow-1', state: 'CONSUMER_INPUT_NEEDED' } }) }), log);
    const { error, detail } = await failure(await mount());
    expect(detail).to.include({ code: 'invalid-response', status: 201 });
    expect(error.path).to.equal('data.client_token');
  });

  it('invalid-response: a FINISHED flow without an insights result', async () => {
    backend.restore();
    backend = installFakeBackend(only({ 'GET /api/flows/flow-1': () => json(200, { data: { state: 'FINISHED' } }) }), log);
    const element = await mount();
    const { detail } = await failure(element, async () => {
      await until(() => app.flows.length === 1, 'startFlow');
      app.current.options.onFinished?.();
    });
    expect(detail).to.include({ code: 'invalid-response', flowId: 'flow-1' });
    expect(backend.calls().at(-1)).to.equal('DELETE /api/flows/flow-1');
  });

  it('launcher-load: the script fails twice; the flow is closed', async () => {
    app.restore();
    launcher.reset();
    delete window.XS2A;
    // A port Chrome refuses to connect to: the load fails at once, without the network.
    const element = await mount(html`<xs2a-connect endpoint="/api" launcher-src="http://127.0.0.1:9/launcher.js">Connect</xs2a-connect>`);
    const { detail } = await failure(element);
    expect(detail).to.include({ code: 'launcher-load', flowId: 'flow-1' });
    expect(document.querySelectorAll('script[src*="127.0.0.1:9"]')).to.have.length(0);
    expect(backend.calls()).to.deep.equal(['POST /api/flows', 'DELETE /api/flows/flow-1']);
  });

  it('launcher-timeout: the launcher never becomes ready', async () => {
    app.restore();
    launcher.reset();
    delete window.XS2A;
    const src = '/test/browser/fixtures/fake-launcher.js?mode=inert&tag=timeout';
    const element = await mount(html`<xs2a-connect endpoint="/api" launcher-src=${src}>Connect</xs2a-connect>`);
    const clock = installClock();
    try {
      const { detail } = await failure(element, async () => {
        await reachState(element, 'loading-launcher');
        await until(() => (window as { fakeLaunchers?: string[] }).fakeLaunchers?.includes('timeout') ?? false, 'the inert launcher ran');
        await clock.tick(14_999);
        expect(element.state).to.equal('loading-launcher');
        await clock.tick(1);
      });
      expect(detail).to.include({ code: 'launcher-timeout', flowId: 'flow-1' });
      expect(backend.calls()).to.deep.equal(['POST /api/flows', 'DELETE /api/flows/flow-1']);
      expect(window.onXS2AReady).to.equal(undefined);
    } finally {
      clock.uninstall();
      launcher.reset();
    }
  });

  it('launcher: onError, with or without an argument; startFlow throwing', async () => {
    const element = await mount();
    let result = await failure(element, async () => {
      await until(() => app.flows.length === 1, 'startFlow');
      app.current.options.onError?.();
    });
    expect(result.detail).to.deep.equal({ code: 'launcher', message: 'The XS2A App reported an error', flowId: 'flow-1' });
    result = await failure(element, async () => {
      await until(() => app.flows.length === 2, 'startFlow');
      app.current.options.onError?.(new Error('bank unreachable'));
    });
    expect(result.detail.message).to.equal('bank unreachable');
    app.failStart(new TypeError('XS2A.startFlow: invalid client token'));
    result = await failure(element);
    expect(result.detail).to.include({ code: 'launcher', flowId: 'flow-1' });
    expect(result.detail.message).to.contain('invalid client token');
    expect(backend.calls().filter((call) => call.startsWith('DELETE'))).to.have.length(3);
  });

  it('launcher: onError({ category, message }) reaches xs2a-error after one read of the flow', async () => {
    const element = await mount();
    const { detail } = await failure(element, async () => {
      await until(() => app.flows.length === 1, 'startFlow');
      app.current.options.onError?.({ category: 'USER.ACCESS_DENIED.BLOCKED', message: 'Your account is blocked.' });
    });
    expect(detail).to.deep.equal({ code: 'launcher', message: 'Your account is blocked.', category: 'USER.ACCESS_DENIED.BLOCKED', flowId: 'flow-1' });
    expect(backend.calls()).to.deep.equal(['POST /api/flows', 'GET /api/flows/flow-1', 'DELETE /api/flows/flow-1']);
  });

  it('launcher: after onError, an EXCEPTION flow gives the full category the app may not show', async () => {
    backend.restore();
    backend = installFakeBackend(
      only({
        'GET /api/flows/flow-1': () =>
          json(200, { data: { state: 'EXCEPTION', result: { type: 'error', category: 'MAINTENANCE.BANK', message: 'The bank is in maintenance.' } } }),
      }),
      log,
    );
    const element = await mount();
    const { detail } = await failure(element, async () => {
      await until(() => app.flows.length === 1, 'startFlow');
      app.current.options.onError?.({ category: 'MAINTENANCE', message: 'Try again later.' });
    });
    expect(detail).to.deep.equal({ code: 'flow', message: 'The bank is in maintenance.', category: 'MAINTENANCE.BANK', flowId: 'flow-1' });
  });

  it('launcher: after onError, a failed flow read still reports what the app said', async () => {
    backend.restore();
    backend = installFakeBackend(only({ 'GET /api/flows/flow-1': () => json(503, { error: { code: 'DOWN', message: 'down' } }) }), log);
    const element = await mount();
    const { detail } = await failure(element, async () => {
      await until(() => app.flows.length === 1, 'startFlow');
      app.current.options.onError?.({ category: 'TECHNICAL', message: 'Something went wrong.' });
    });
    expect(detail).to.deep.equal({ code: 'launcher', message: 'Something went wrong.', category: 'TECHNICAL', flowId: 'flow-1' });
  });

  it('flow: a flow that ends in EXCEPTION reports Klarna’s category and message', async () => {
    backend.restore();
    backend = installFakeBackend(
      only({
        'GET /api/flows/flow-1': () =>
          json(200, { data: { state: 'EXCEPTION', result: { type: 'error', category: 'TECHNICAL', message: 'Es ist ein interner technischer Fehler aufgetreten.' } } }),
      }),
      log,
    );
    const element = await mount();
    const { detail } = await failure(element, async () => {
      await until(() => app.flows.length === 1, 'startFlow');
      app.current.options.onFinished?.();
    });
    expect(detail).to.deep.equal({
      code: 'flow',
      message: 'Es ist ein interner technischer Fehler aufgetreten.',
      flowId: 'flow-1',
      category: 'TECHNICAL',
    });
    expect(backend.calls().at(-1)).to.equal('DELETE /api/flows/flow-1');
  });

  it('flow: a flow still PROCESSING after the last read', async () => {
    backend.restore();
    backend = installFakeBackend(only({ 'GET /api/flows/flow-1': () => json(200, { data: { state: 'PROCESSING' } }) }), log);
    const element = await mount();
    await openApp(element);
    const clock = installClock();
    try {
      const { detail } = await failure(element, async () => {
        app.current.options.onFinished?.();
        await clock.tick(60_000);
      });
      expect(detail.code).to.equal('flow');
      expect(backend.calls().filter((call) => call.startsWith('GET'))).to.have.length(10);
      expect(clock.pending).to.equal(0);
    } finally {
      clock.uninstall();
    }
  });
});

describe('<xs2a-connect>: abort', () => {
  async function expectAborted(element: Xs2aConnect, run: Promise<unknown>, flowId?: string): Promise<void> {
    const error = await startError(run);
    expect(error.code).to.equal('abort');
    expect(element.state).to.equal('aborted');
    const terminal = events().filter((name) => ['xs2a-finished', 'xs2a-abort', 'xs2a-error'].includes(name));
    expect(terminal).to.deep.equal(['xs2a-abort']);
    if (flowId) await until(() => backend.calls().includes(`DELETE /api/flows/${flowId}`), 'DELETE');
  }

  it('does nothing without a run', async () => {
    const element = await mount();
    await element.abort();
    expect(events()).to.deep.equal([]);
  });

  it('while creating the flow: the flow created anyway is closed', async () => {
    const created = deferred<Response>();
    backend.restore();
    backend = installFakeBackend(only({ 'POST /api/flows': () => created.promise }), log);
    const element = await mount();
    let detail: unknown;
    element.addEventListener('xs2a-abort', (event) => (detail = event.detail));
    const run = element.start();
    run.catch(() => undefined);
    await element.abort();
    expect(detail).to.deep.equal({});
    created.resolve(json(201, { data: { flow_id: 'flow-1', client_token: 'token-1', state: 'CONSUMER_INPUT_NEEDED' } }));
    await expectAborted(element, run, 'flow-1');
    expect(app.loads).to.have.length(0);
    expect(events()).to.deep.equal(['state:creating-flow', 'state:aborted', 'xs2a-abort']);
  });

  it('while loading the launcher', async () => {
    const release = app.hold();
    const element = await mount();
    const run = element.start();
    run.catch(() => undefined);
    await reachState(element, 'loading-launcher');
    await element.abort();
    await expectAborted(element, run, 'flow-1');
    release();
    await nextTask();
    expect(app.flows).to.have.length(0);
  });

  it('while the app shows; later callbacks of that app are ignored, its close still reported', async () => {
    const element = await mount();
    const { run } = await openApp(element);
    let detail: unknown;
    element.addEventListener('xs2a-abort', (event) => (detail = event.detail));
    await element.abort();
    expect(detail).to.deep.equal({ flowId: 'flow-1' });
    await expectAborted(element, run, 'flow-1');
    app.current.options.onFinished?.();
    app.current.options.onError?.();
    app.current.options.onClose?.();
    await nextTask();
    expect(backend.calls()).to.deep.equal(['POST /api/flows', 'DELETE /api/flows/flow-1']);
    expect(events().slice(-2)).to.deep.equal(['xs2a-abort', 'xs2a-close']);
  });

  it('while completing', async () => {
    const flow = deferred<Response>();
    backend.restore();
    backend = installFakeBackend(only({ 'GET /api/flows/flow-1': () => flow.promise }), log);
    const element = await mount();
    const { run } = await openApp(element);
    app.current.options.onFinished?.();
    await reachState(element, 'completing');
    await element.abort();
    await expectAborted(element, run, 'flow-1');
    flow.resolve(json(200, { data: { state: 'FINISHED', result: insightsResult } }));
    await nextTask();
    expect(events()).not.to.include('xs2a-finished');
  });

  it('closes the showing app through XS2A.close(), and works with a launcher that has none', async () => {
    const element = await mount();
    await openApp(element);
    await element.abort();
    expect(app.closes).to.equal(1);
    app.withoutClose();
    await openApp(element);
    await element.abort();
    expect(element.state).to.equal('aborted');
    expect(backend.calls().filter((call) => call.startsWith('DELETE'))).to.have.length(2);
  });

  it('leaves XS2A.close() alone when the consumer closed the app', async () => {
    const element = await mount();
    await openApp(element);
    app.current.options.onAbort?.();
    app.current.options.onClose?.();
    await element.abort();
    expect(app.closes).to.equal(0);
  });

  it('when the consumer leaves the app', async () => {
    const element = await mount();
    const { run } = await openApp(element);
    app.current.options.onAbort?.();
    await expectAborted(element, run, 'flow-1');
    expect(log.slice(-3)).to.deep.equal(['state:aborted', 'xs2a-abort', 'DELETE /api/flows/flow-1']);
  });
});

describe('<xs2a-connect>: removal mid-run', () => {
  it('closes the flow with a keepalive request and fires nothing after', async () => {
    const element = await mount();
    const { run } = await openApp(element);
    const before = events().length;
    element.remove();
    const error = await startError(run);
    expect(error.code).to.equal('abort');
    const close = backend.requests.at(-1)!;
    expect(close).to.include({ method: 'DELETE', path: '/api/flows/flow-1', keepalive: true });
    expect(app.closes, 'XS2A.close()').to.equal(1);
    app.current.options.onFinished?.();
    app.current.options.onClose?.();
    await nextTask();
    expect(events().length).to.equal(before);
    expect(backend.requests).to.have.length(2);
  });

  it('closes a flow whose creation was still under way', async () => {
    const created = deferred<Response>();
    backend.restore();
    backend = installFakeBackend(only({ 'POST /api/flows': () => created.promise }), log);
    const element = await mount();
    const run = element.start();
    run.catch(() => undefined);
    const before = events().length;
    element.remove();
    created.resolve(json(201, { data: { flow_id: 'flow-1', client_token: 'token-1', state: 'CONSUMER_INPUT_NEEDED' } }));
    await until(() => backend.requests.length === 2, 'DELETE');
    expect(backend.requests[1]).to.include({ method: 'DELETE', keepalive: true });
    expect(events().length).to.equal(before);
    expect(app.loads).to.have.length(0);
  });

  it('50 mount/start/remove cycles leave at most one script tag, no window listeners and no timers', async () => {
    app.restore();
    launcher.reset();
    delete window.XS2A;
    const src = '/test/browser/fixtures/fake-launcher.js?tag=cycles';
    const timers = trackTimers();
    const listeners = trackWindowListeners();
    try {
      const stops: Xs2aConnectState[] = ['creating-flow', 'loading-launcher', 'in-flow'];
      for (let cycle = 0; cycle < 50; cycle++) {
        const element = await mount(html`<xs2a-connect endpoint="/api" launcher-src=${src}>Connect</xs2a-connect>`);
        element.start().catch(() => undefined);
        const stop = stops[cycle % stops.length]!;
        await until(() => element.state === stop || element.state === 'in-flow', `state ${stop}`);
        element.remove();
      }
      const posts = (): number => backend.calls().filter((call) => call.startsWith('POST')).length;
      const deletes = (): number => backend.calls().filter((call) => call.startsWith('DELETE')).length;
      await until(() => deletes() === posts(), 'every flow closed');
      await nextTask();
      expect(posts()).to.equal(50);
      // At most one: none when the run that injected the launcher was stopped while it loaded
      // (its tag is removed) and the browser, which runs a script it has started fetching even
      // after its tag is gone, ran it before the next run looked (that run then finds `XS2A`).
      expect(document.querySelectorAll('script[src*="fake-launcher.js"][src*="cycles"]').length).to.be.at.most(1);
      expect(timers.pending).to.equal(0);
      expect(listeners.pending).to.equal(0);
      expect(window.onXS2AReady).to.equal(undefined);
    } finally {
      timers.uninstall();
      listeners.uninstall();
      launcher.reset();
      delete window.XS2A;
    }
  });
});

describe('<xs2a-connect>: on a page', () => {
  it('takes properties set before it upgraded', async () => {
    const element = Object.assign(document.createElement('xs2a-connect-late'), {
      endpoint: '/api',
      language: 'sv',
      launcherOptions: { unfoldConsentDetails: true },
      flowOptions: { accounts: { all: true } },
    });
    document.body.append(element);
    try {
      customElements.define('xs2a-connect-late', class extends Xs2aConnect {});
      if (!(element instanceof Xs2aConnect)) throw new Error('not upgraded');
      await openApp(element);
      expect(backend.requests[0]!.body).to.deep.equal({ language: 'sv', accounts: { all: true } });
      expect(app.configured).to.deep.equal([{ unfoldConsentDetails: true }]);
    } finally {
      element.remove();
    }
  });

  it('keeps two elements’ runs apart', async () => {
    let created = 0;
    backend.restore();
    backend = installFakeBackend(
      only({
        'POST /api/flows': () => {
          created += 1;
          return json(201, { data: { flow_id: `flow-${created}`, client_token: `token-${created}`, state: 'CONSUMER_INPUT_NEEDED' } });
        },
      }),
      log,
    );
    const first = await mount();
    const second = await mount();
    const seen = { first: [] as string[], second: [] as string[] };
    first.addEventListener('xs2a-finished', (event) => seen.first.push(event.detail.flowId));
    second.addEventListener('xs2a-abort', (event) => seen.second.push(event.detail.flowId ?? ''));
    const { run: firstRun } = await openApp(first);
    const secondRun = second.start();
    secondRun.catch(() => undefined);
    await until(() => app.flows.length === 2, 'second startFlow');
    const [firstFlow, secondFlow] = app.flows;
    firstFlow!.options.onFinished?.();
    await firstRun;
    expect(second.state).to.equal('in-flow');
    secondFlow!.options.onAbort?.();
    await startError(secondRun);
    expect(seen).to.deep.equal({ first: ['flow-1'], second: ['flow-2'] });
    expect(first.state).to.equal('finished');
  });

  it('registers once: a second copy of the package leaves the tag alone', () => {
    const Original = customElements.get('xs2a-connect');
    expect(Original).to.equal(Xs2aConnect);
    expect(() => {
      defineElement('xs2a-connect', class extends HTMLElement {});
    }).not.to.throw();
    expect(customElements.get('xs2a-connect')).to.equal(Original);
  });
});
