/**
 * One run of `<xs2a-connect>`: create the flow on the host backend, open the XS2A App, read the
 * result, close the flow. The controller owns the run's state, its terminal event and every
 * request, timer and callback it starts; removing the host ends the run silently.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { endpointUrl, hostRequest } from '../host-api/host-client.js';
import { Xs2aError, isXs2aError } from '../errors.js';
import type { Xs2aErrorEventCode } from '../errors.js';
import launcher from '../launcher/launcher-loader.js';
import type { Xs2aLauncher, Xs2aLauncherCallbacks } from '../launcher/launcher-loader.js';
import { isTerminalFlowState } from '../schemas/flows.js';
import type { FlowResult, InsightsRefreshResult } from '../schemas/flows.js';
import { createFlowRequest, createFlowResponse, getFlowResponse } from '../schemas/host-backend.js';
import { launcherError, launcherOptions as launcherOptionsSchema } from '../schemas/launcher.js';
import { parsePayload } from '../validation/parse-payload.js';
import type * as z from 'zod/mini';
import {
  Xs2aAbortEvent,
  Xs2aCloseEvent,
  Xs2aErrorEvent,
  Xs2aFinishedEvent,
  Xs2aReadyEvent,
  Xs2aStateChangeEvent,
} from './events.js';
import type { Xs2aConnectState } from './events.js';

/** What a run needs from the element, read once when it starts. */
export interface FlowConfig {
  endpoint: string;
  /** The create-flow body: `language`, `from_date`, `to_date` and `.flowOptions`. */
  request: unknown;
  launcherOptions: unknown;
  launcherSrc: string;
  nonce: string;
  launcherTimeout: number;
  /** The element's colour scheme, for the app unless `launcherOptions` sets `appearanceMode`. */
  appearanceMode: 'light' | 'dark';
}

/**
 * After `onFinished`, Klarna may still be fetching bank data (PROCESSING): wait 0.5, 1, 2, 4, then
 * 5 s between reads, for at most this many reads (about 33 s of waiting).
 */
const pollLimit = 10;
const pollDelay = (attempt: number): number => Math.min(500 * 2 ** attempt, 5000);

interface Run {
  /** Aborted when the run ends: stops the launcher wait, the flow reads and the poll timer. */
  readonly signal: AbortSignal;
  readonly stop: () => void;
  promise: Promise<InsightsRefreshResult>;
  /** The launcher once the app was started: `abort()` and removal close the app through it. */
  app?: Xs2aLauncher;
  resolve: (result: InsightsRefreshResult) => void;
  reject: (error: Xs2aError) => void;
  endpoint: string;
  flowId?: string;
  ended?: boolean;
  /** The host left the page: the run fires nothing more. */
  silent?: boolean;
  completing?: boolean;
  /** The app reported an error and the flow is being read for its full category. */
  failing?: boolean;
  ready?: boolean;
  flowClosed?: boolean;
  appClosed?: boolean;
  closeFired?: boolean;
}

type Outcome = { result: InsightsRefreshResult } | { error: unknown };

const aborted = (message: string): Xs2aError => new Xs2aError('abort', message);

/** A config mistake is a `config` error that still names the path. */
const validateConfig = <T extends z.ZodMiniType>(schema: T, value: unknown, what: string): z.infer<T> =>
  parsePayload(schema, value, what, { code: 'config' });

/**
 * The app's `onError` argument as an error: its message and category when it passes Klarna's
 * `{ category, message }`, an `Error`'s or a string's message otherwise.
 */
function appFailure(reported: unknown): Xs2aError {
  const parsed = launcherError.safeParse(reported);
  const { message, category } = parsed.success ? parsed.data : {};
  const text = message ?? (typeof reported === 'string' ? reported : undefined);
  return new Xs2aError('launcher', text || 'The XS2A App reported an error', { cause: reported, ...(category ? { category } : {}) });
}

function flowFailure(result: FlowResult | null | undefined): Xs2aError {
  return result?.type === 'error'
    ? new Xs2aError('flow', result.message, { category: result.category })
    : new Xs2aError('flow', 'The flow ended in EXCEPTION');
}

/** The run's flow on the host backend: `{endpoint}/flows/{flow_id}`. */
const flowUrl = (run: Run): string => endpointUrl(run.endpoint, `flows/${encodeURIComponent(run.flowId ?? '')}`);

/** `GET` the run's flow; aborted with the run. */
const readFlow = (run: Run) => hostRequest(flowUrl(run), { schema: getFlowResponse, what: 'flow', signal: run.signal });

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const done = (): void => {
      signal.removeEventListener('abort', cancel);
      resolve();
    };
    const cancel = (): void => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', cancel, { once: true });
  });

/**
 * A browser's first flow mints the backend's cookie that owns it. Two created at once (two
 * elements, or two tabs) would each mint one, and the flow whose cookie the browser did not keep
 * would be lost; so flows are created one at a time across the origin's tabs, with a Web Lock
 * where the browser has them.
 */
function oneCreateAtATime<T>(create: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? locks.request('xs2a-elements:create-flow', create) : create();
}

export class FlowController implements ReactiveController {
  state: Xs2aConnectState = 'idle';
  #run?: Run;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#reflect();
  }

  /**
   * Leaving the page ends the run: the flow is closed, nothing is fired. A run that had already
   * ended fires nothing more either, not even the `xs2a-close` of an app closing later.
   */
  hostDisconnected(): void {
    const run = this.#run;
    if (!run) return;
    run.silent = true;
    if (!run.ended) this.#end(run, { error: aborted('The element was removed from the page') }, true);
  }

  /** Starts a run, or returns the one in progress. */
  start(config: FlowConfig): Promise<InsightsRefreshResult> {
    if (this.#run && !this.#run.ended) return this.#run.promise;
    const abort = new AbortController();
    const run = { signal: abort.signal, stop: () => { abort.abort(); }, endpoint: config.endpoint } as Run;
    run.promise = new Promise((resolve, reject) => {
      run.resolve = resolve;
      run.reject = reject;
    });
    this.#run = run;
    void this.#execute(run, config);
    return run.promise;
  }

  /** Ends the running flow, whatever its state: `xs2a-abort` fires before this returns. */
  abort(): void {
    if (this.#run && !this.#run.ended) this.#end(this.#run, { error: aborted('The flow was aborted') }, true);
  }

  async #execute(run: Run, config: FlowConfig): Promise<void> {
    try {
      if (!config.endpoint) throw new Xs2aError('config', 'endpoint is required: the base URL of the host backend');
      if (!(config.launcherTimeout > 0)) throw new Xs2aError('config', 'launcher-timeout must be a positive number of milliseconds');
      const body = validateConfig(createFlowRequest, config.request, 'create-flow request');
      const options = validateConfig(launcherOptionsSchema, config.launcherOptions, 'launcherOptions');
      this.#enter(run, 'creating-flow');
      // Not cancelled by abort(): the flow it creates must be known to be closed.
      const { data } = await oneCreateAtATime(() =>
        hostRequest(endpointUrl(run.endpoint, 'flows'), {
          method: 'POST',
          body,
          schema: createFlowResponse,
          what: 'created flow',
        }),
      );
      run.flowId = data.flow_id;
      if (run.ended) {
        this.#closeFlow(run);
        return;
      }
      // A flow that needs no consumer input has its result already.
      if (isTerminalFlowState(data.state)) {
        await this.#complete(run);
        return;
      }
      this.#enter(run, 'loading-launcher');
      const xs2a = await launcher.load({
        src: config.launcherSrc,
        nonce: config.nonce || undefined,
        timeout: config.launcherTimeout,
        signal: run.signal,
      });
      // Ended between the launcher resolving and this line running.
      if (run.signal.aborted) return;
      this.#enter(run, 'in-flow');
      xs2a.configure({ ...options });
      run.app = xs2a;
      xs2a.startFlow(data.client_token, { ...options, appearanceMode: options.appearanceMode ?? config.appearanceMode, ...this.#callbacks(run) });
    } catch (error) {
      this.#end(run, { error });
    }
  }

  /** The XS2A App's callbacks for one run; after the run ended only `onClose` still counts. */
  #callbacks(run: Run): Xs2aLauncherCallbacks {
    const live =
      <A extends unknown[]>(handler: (...args: A) => void) =>
      (...args: A): void => {
        if (!run.ended) handler(...args);
      };
    return {
      onReady: live(() => {
        if (run.ready) return;
        run.ready = true;
        this.#fire(run, new Xs2aReadyEvent({ flowId: run.flowId ?? '' }));
      }),
      onFinished: live(() => void this.#complete(run)),
      onAbort: live(() => {
        this.#end(run, { error: aborted('The consumer left the XS2A App') });
      }),
      onError: live((error?: unknown) => void this.#appFailed(run, error)),
      onClose: () => {
        run.appClosed = true;
        if (run.ended) this.#fireClose(run);
      },
    };
  }

  /**
   * The app reports only the top-level category of TECHNICAL, NOT_SUPPORTED and MAINTENANCE
   * errors; the flow has the full one (Klarna's "Error Handling" page). So the flow is read once:
   * an EXCEPTION there ends the run as a `flow` error with Klarna's full category, anything
   * else (or a failed read) with what the app said.
   */
  async #appFailed(run: Run, reported: unknown): Promise<void> {
    if (run.failing || run.completing) return;
    run.failing = true;
    let failure = appFailure(reported);
    try {
      const { data } = await readFlow(run);
      if (data.state === 'EXCEPTION' && data.result?.type === 'error') failure = flowFailure(data.result);
    } catch {
      // The app's own words are still worth reporting.
    }
    this.#end(run, { error: failure });
  }

  /** Reads the flow until it is terminal, then ends the run with its result. */
  async #complete(run: Run): Promise<void> {
    if (run.completing) return;
    run.completing = true;
    this.#enter(run, 'completing');
    try {
      for (let attempt = 0; ; attempt++) {
        const { data } = await readFlow(run);
        if (data.state === 'FINISHED') {
          if (data.result?.type !== 'insights_refresh') {
            throw new Xs2aError('invalid-response', 'Invalid flow at data.result: a FINISHED flow needs an insights_refresh result', { path: 'data.result' });
          }
          this.#end(run, { result: data.result });
          return;
        }
        if (data.state === 'EXCEPTION') throw flowFailure(data.result);
        if (data.state === 'ABORTED') throw new Xs2aError('flow', 'The flow was aborted on the backend');
        if (attempt + 1 >= pollLimit) throw new Xs2aError('flow', `The flow was still ${data.state} after ${pollLimit} reads`);
        await sleep(pollDelay(attempt), run.signal);
      }
    } catch (error) {
      this.#end(run, { error });
    }
  }

  /**
   * The one place a run ends: state, terminal event, promise, then the flow is closed. `closeApp`
   * (from `abort()` and removal) also closes an app that is showing, through the launcher's
   * `close()` where it has one.
   */
  #end(run: Run, outcome: Outcome, closeApp = false): void {
    if (run.ended) return;
    run.ended = true;
    run.stop();
    if (closeApp && run.app && !run.appClosed) {
      try {
        run.app.close?.();
      } catch {
        // The flow is closed on the backend below all the same.
      }
    }
    if ('result' in outcome) {
      this.#enter(run, 'finished');
      this.#fire(run, new Xs2aFinishedEvent({ flowId: run.flowId ?? '', result: outcome.result }));
      run.resolve(outcome.result);
    } else {
      const { error } = outcome;
      // Anything else was thrown by the launcher's configure() or startFlow().
      const final = isXs2aError(error) ? error : new Xs2aError('launcher', String(error), { cause: error });
      if (run.flowId) final.flowId ??= run.flowId;
      if (final.code === 'abort') {
        this.#enter(run, 'aborted');
        this.#fire(run, new Xs2aAbortEvent(run.flowId === undefined ? {} : { flowId: run.flowId }));
      } else {
        this.#enter(run, 'error');
        this.#fire(run, Xs2aErrorEvent.from(final as Xs2aError & { code: Xs2aErrorEventCode }));
      }
      run.reject(final);
    }
    this.#closeFlow(run);
    if (run.appClosed) this.#fireClose(run);
  }

  /**
   * DELETE, always with `keepalive`: it must reach the backend even when the page navigates or
   * the element is removed right after the run; an open flow makes the bank warn the consumer.
   */
  #closeFlow(run: Run): void {
    if (run.flowId === undefined || run.flowClosed) return;
    run.flowClosed = true;
    hostRequest(flowUrl(run), {
      method: 'DELETE',
      keepalive: true,
      what: 'flow close',
    }).catch(() => {
      // The backend closes abandoned flows itself; there is nobody left to tell.
    });
  }

  #fireClose(run: Run): void {
    if (run.closeFired || run.silent) return;
    run.closeFired = true;
    this.#fire(run, new Xs2aCloseEvent({ flowId: run.flowId ?? '' }));
    // Back to the button once it is enabled again, unless the page moved focus elsewhere.
    void this.#host.updateComplete.then(() => {
      const active = document.activeElement;
      if (this.#host.isConnected && (!active || active === document.body)) this.#host.focus();
    });
  }

  #enter(run: Run, state: Xs2aConnectState): void {
    if (run !== this.#run || this.state === state) return;
    const previous = this.state;
    this.state = state;
    this.#reflect();
    this.#host.requestUpdate();
    this.#fire(run, new Xs2aStateChangeEvent({ state, previous }));
  }

  #fire(run: Run, event: Event): void {
    if (!run.silent) this.#host.dispatchEvent(event);
  }

  /** Reflected at once, so a listener of any event sees the state it announces. */
  #reflect(): void {
    if (this.#host.getAttribute('state') !== this.state) this.#host.setAttribute('state', this.state);
  }
}
