/**
 * A fake XS2A App launcher in place of the loader's `load`: the test decides when the launcher
 * is ready and which callbacks the "app" calls.
 */
import launcher from '../../../src/launcher/launcher-loader.js';
import type { LoadOptions, Xs2aLauncher, Xs2aLauncherCallbacks } from '../../../src/launcher/launcher-loader.js';

export interface StartedFlow {
  clientToken: string;
  options: Record<string, unknown> & Xs2aLauncherCallbacks;
}

export interface FakeLauncher {
  loads: LoadOptions[];
  configured: Record<string, unknown>[];
  flows: StartedFlow[];
  /** How often the page called `XS2A.close()`. */
  readonly closes: number;
  /** Takes `close()` away, as from a launcher that has none. */
  withoutClose(): void;
  /** The flow the app shows now. */
  readonly current: StartedFlow;
  /** Makes the next loads wait until the returned function is called. */
  hold(): () => void;
  /** Makes loads fail with this error. */
  fail(error: Error): void;
  /** Makes `startFlow` throw this, an `Error` or whatever a launcher may throw. */
  failStart(error: unknown): void;
  restore(): void;
}

export function stubLauncher(): FakeLauncher {
  const realLoad = launcher.load;
  const configured: Record<string, unknown>[] = [];
  const flows: StartedFlow[] = [];
  const loads: LoadOptions[] = [];
  let gate: Promise<void> | undefined;
  let failure: Error | undefined;
  let startFailure: { thrown: unknown } | undefined;
  let closes = 0;
  const xs2a: Xs2aLauncher = {
    close: () => {
      closes += 1;
    },
    configure: (options) => {
      configured.push(options);
    },
    startFlow: (clientToken, options) => {
      if (startFailure) throw startFailure.thrown;
      flows.push({ clientToken, options });
    },
  };
  launcher.load = async (options) => {
    loads.push(options);
    if (gate) {
      const { signal } = options;
      await new Promise<void>((resolve, reject) => {
        void gate?.then(resolve);
        signal?.addEventListener('abort', () => {
          reject(signal.reason as Error);
        });
      });
    }
    if (failure) throw failure;
    return xs2a;
  };
  return {
    loads,
    configured,
    flows,
    get closes() {
      return closes;
    },
    withoutClose() {
      delete xs2a.close;
    },
    get current() {
      const flow = flows.at(-1);
      if (!flow) throw new Error('no flow was started');
      return flow;
    },
    hold() {
      let open!: () => void;
      gate = new Promise((resolve) => (open = resolve));
      return () => {
        gate = undefined;
        open();
      };
    },
    fail(error) {
      failure = error;
    },
    failStart(error) {
      startFailure = { thrown: error };
    },
    restore() {
      launcher.load = realLoad;
    },
  };
}
