/**
 * Loads Klarna's XS2A App launcher script once per page and resolves with its `XS2A` object.
 *
 * - One load per URL at a time, shared by every caller; a launcher already on the page (its
 *   `window.XS2A`, or a `<script>` the page or another copy of this package added) is reused.
 * - Ready is whichever comes first: the launcher calling `window.onXS2AReady` (with or without
 *   `XS2A` as its argument, before or after it sets `window.XS2A`), or the script's `load` event
 *   with `window.XS2A` set. A page's own `onXS2AReady` is kept and still called.
 * - A failed load is retried once; after the second failure, the tag is removed and nothing is
 *   cached, so the next call tries again. Each caller has its own timeout and AbortSignal; when
 *   the last caller gives up, the pending load is undone.
 * - The tag gets the CSP nonce, and its URL goes through a Trusted Types policy where the
 *   browser has them (policy name `xs2a-elements`).
 *
 * Exported as one object so tests can replace `load`.
 */
import { Xs2aError } from '../errors.js';

/** The callbacks the XS2A App calls during a flow. */
export interface Xs2aLauncherCallbacks {
  onLoad?: () => void;
  onReady?: () => void;
  onAbort?: () => void;
  /**
   * Klarna's app passes `{ category, message }` (the category cut to its top level for
   * TECHNICAL, NOT_SUPPORTED and MAINTENANCE, as Klarna's "Error Handling" page says); older
   * launchers may pass nothing.
   */
  onError?: (error?: unknown) => void;
  onFinished?: () => void;
  onClose?: () => void;
}

/** What the launcher script puts on `window.XS2A`. */
export interface Xs2aLauncher {
  configure(options: Record<string, unknown>): void;
  startFlow(clientToken: string, options: Record<string, unknown>): void;
  /** Closes the app that is showing; production integrations call it, older launchers may lack it. */
  close?(): void;
}

interface TrustedScriptUrlPolicy {
  createScriptURL(url: string): string;
}

declare global {
  interface Window {
    XS2A?: Xs2aLauncher;
    onXS2AReady?: ((xs2a?: Xs2aLauncher) => void) | null;
    trustedTypes?: {
      createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): TrustedScriptUrlPolicy;
    };
  }
}

export interface LoadOptions {
  /** The launcher's URL, absolute or relative to the page; http(s) only. */
  src: string;
  /** CSP nonce for the script tag; default: the nonce of the page's first nonced script. */
  nonce?: string;
  /** Milliseconds until this caller gives up with `launcher-timeout`. */
  timeout?: number;
  signal?: AbortSignal;
}


interface PendingLoad {
  promise: Promise<Xs2aLauncher>;
  callers: number;
  /** Undoes a load nobody waits for any more: listeners, hook, a tag still loading. */
  cancel: () => void;
}

const pending = new Map<string, PendingLoad>();

const isLauncher = (value: unknown): value is Xs2aLauncher =>
  typeof (value as Partial<Xs2aLauncher> | null | undefined)?.startFlow === 'function';

/** Shared on `window`, so the CDN copy and an npm copy do not both create the policy (a CSP error). */
const policyKey = Symbol.for('xs2a-elements.trusted-types-policy');

function trustedScriptUrl(url: string): string {
  const factory = window.trustedTypes;
  if (!factory) return url;
  const store = window as unknown as Record<symbol, TrustedScriptUrlPolicy | undefined>;
  // Only URLs this module resolved and checked reach the policy.
  store[policyKey] ??= factory.createPolicy('xs2a-elements', { createScriptURL: (value) => value });
  return store[policyKey].createScriptURL(url);
}

/** The absolute URL, or the `config` error for anything but http(s). */
function resolveSrc(src: string): string | Xs2aError {
  let url: URL | undefined;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    // reported below
  }
  return url?.protocol === 'https:' || url?.protocol === 'http:'
    ? url.href
    : new Xs2aError('config', `launcher-src must be an http(s) URL, got "${src}"`);
}

function begin(src: string, nonce: string | undefined): PendingLoad {
  let script: HTMLScriptElement | undefined;
  let injected = false;
  let failures = 0;
  let settled = false;
  let resolve!: (xs2a: Xs2aLauncher) => void;
  let reject!: (error: Xs2aError) => void;
  const promise = new Promise<Xs2aLauncher>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });

  const previousHook = window.onXS2AReady;
  const hook = (xs2a?: Xs2aLauncher): void => {
    check(xs2a);
    previousHook?.call(window, xs2a);
  };
  /** Also the tag's `load` listener: an event is no launcher, so it reads `window.XS2A`. */
  const check = (candidate?: unknown): void => {
    const xs2a = isLauncher(candidate) ? candidate : window.XS2A;
    if (isLauncher(xs2a)) finish(xs2a);
  };
  const onError = (): void => {
    detach();
    if (++failures < 2) inject();
    else finish(new Xs2aError('launcher-load', `Could not load the XS2A App launcher from ${src}`));
  };
  const detach = (): void => {
    script?.removeEventListener('load', check);
    script?.removeEventListener('error', onError);
    if (injected) script?.remove();
  };
  const attach = (tag: HTMLScriptElement): void => {
    script = tag;
    tag.addEventListener('load', check);
    tag.addEventListener('error', onError);
  };
  const inject = (): void => {
    const tag = document.createElement('script');
    tag.async = true;
    tag.dataset.xs2aLauncher = '';
    const scriptNonce = nonce ?? document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce;
    if (scriptNonce) tag.nonce = scriptNonce;
    try {
      tag.src = trustedScriptUrl(src);
    } catch (error) {
      finish(new Xs2aError('launcher-load', `The page blocked the XS2A App launcher: ${(error as Error).message}`, { cause: error }));
      return;
    }
    attach(tag);
    injected = true;
    document.head.append(tag);
  };
  const cleanUp = (): void => {
    settled = true;
    if (pending.get(src) === entry) pending.delete(src);
    if (window.onXS2AReady === hook) window.onXS2AReady = previousHook;
  };
  const finish = (result: Xs2aLauncher | Xs2aError): void => {
    if (settled) return;
    cleanUp();
    if (result instanceof Xs2aError) {
      detach();
      reject(result);
      return;
    }
    injected = false; // the launcher stays on the page
    detach();
    resolve(result);
  };

  const entry: PendingLoad = {
    promise,
    callers: 0,
    cancel: () => {
      if (settled) return;
      cleanUp();
      detach();
    },
  };
  pending.set(src, entry);
  window.onXS2AReady = hook;
  const existing = Array.from(document.scripts).find((tag) => tag.src === src);
  if (existing) attach(existing);
  else inject();
  return entry;
}

/** An aborted signal's reason, as the Error it is unless a caller passed something else. */
const abortReason = (signal: AbortSignal): Error =>
  signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');

function load({ src, nonce, timeout = 15_000, signal }: LoadOptions): Promise<Xs2aLauncher> {
  return new Promise((resolve, reject) => {
    const url = resolveSrc(src);
    if (signal?.aborted) reject(abortReason(signal));
    else if (isLauncher(window.XS2A)) resolve(window.XS2A);
    else if (url instanceof Xs2aError) reject(url);
    else wait(url);

    function wait(url: string): void {
      const entry = pending.get(url) ?? begin(url, nonce);
      entry.callers += 1;
      let done = false;
      const settle = (result: Xs2aLauncher | Error): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        entry.callers -= 1;
        if (!(result instanceof Error)) {
          resolve(result);
          return;
        }
        if (entry.callers === 0) entry.cancel();
        reject(result);
      };
      const onAbort = (): void => {
        if (signal) settle(abortReason(signal));
      };
      const timer = setTimeout(() => {
        settle(new Xs2aError('launcher-timeout', `The XS2A App launcher was not ready within ${timeout} ms`));
      }, timeout);
      signal?.addEventListener('abort', onAbort);
      entry.promise.then(settle, settle);
    }
  });
}

/** Forgets pending loads and removes the launcher tags this module added (for tests). */
function reset(): void {
  for (const entry of pending.values()) entry.cancel();
  pending.clear();
  for (const tag of document.querySelectorAll('script[data-xs2a-launcher]')) tag.remove();
}

export default { load, reset };
