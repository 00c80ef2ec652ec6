/**
 * The page's side of the fake app, as Klarna's `xs2a-app-launcher.js` offers it: `window.XS2A`
 * with `configure(options)`, `startFlow(client_token, options)` and `close()`, and a call of
 * `window.onXS2AReady` whether the page sets it before or after the script runs.
 */
import type { Xs2aLauncher } from '../../launcher/launcher-loader.js';
import { FakeApp, rethrowLater } from './app.js';
import type { FakeAppOptions } from './options.js';
import { checkOptions, merge } from './options.js';
import { createStyler } from './styles.js';
import { decodeToken } from './token.js';

/** `window.XS2A` of the simulator; `isSimulator` tells a second copy of the script to do nothing. */
export interface FakeLauncher extends Xs2aLauncher {
  readonly isSimulator: true;
  configure(options?: FakeAppOptions | null): void;
  startFlow(clientToken: string, options?: FakeAppOptions | null): void;
  close(): void;
}

/** The launcher's API: the options configured so far and the one app that may run. */
export function createLauncher(): FakeLauncher {
  const style = createStyler();
  let defaults: FakeAppOptions = {};
  let running: FakeApp | undefined;
  return {
    isSimulator: true,
    configure(options) {
      defaults = merge(merge({}, defaults), checkOptions(options, 'XS2A.configure'));
    },
    startFlow(token, options) {
      if (running) throw new Error('XS2A.startFlow: a flow is already running');
      const claims = decodeToken(token);
      const merged = merge(merge({}, defaults), checkOptions(options, 'XS2A.startFlow'));
      const app = new FakeApp(token, claims, merged, {
        style,
        closed: () => {
          running = undefined;
        },
      });
      running = app;
      app.start();
    },
    close() {
      running?.closeByHost();
    },
  };
}

/** Puts the launcher on `window` once per page and calls the page's `onXS2AReady`. */
export function installLauncher(): void {
  if ((window.XS2A as Partial<FakeLauncher> | undefined)?.isSimulator) return;
  let readyCallback = window.onXS2AReady;
  window.XS2A = createLauncher();
  try {
    // A page that assigns onXS2AReady after this script ran is called back at once.
    Object.defineProperty(window, 'onXS2AReady', {
      configurable: true,
      enumerable: true,
      get: () => readyCallback,
      set: (callback: typeof readyCallback) => {
        readyCallback = callback;
        if (typeof callback === 'function') {
          void Promise.resolve().then(() => {
            callback();
          });
        }
      },
    });
  } catch {
    /* a non-configurable global: only the load-order-first case works */
  }
  if (typeof readyCallback === 'function') {
    try {
      readyCallback();
    } catch (error) {
      rethrowLater(error);
    }
  }
}
