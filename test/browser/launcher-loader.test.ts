import { expect } from '@open-wc/testing';
import { Xs2aError } from '../../src/errors.js';
import launcher from '../../src/launcher/launcher-loader.js';
import type * as LoaderModule from '../../src/launcher/launcher-loader.js';
import type { Xs2aLauncher } from '../../src/launcher/launcher-loader.js';
import { installClock } from './helpers/timers.js';
import { nextTask, until } from '../helpers/until.js';
import { rejection } from '../helpers/errors.js';

declare global {
  interface Window {
    fakeLaunchers?: string[];
  }
}

const fixture = '/test/browser/fixtures/fake-launcher.js';
let copy = 0;
/** A launcher URL no other test has loaded, so the browser fetches and runs it afresh. */
const launcherUrl = (mode: string): string => `${fixture}?mode=${mode}&tag=${mode}-${++copy}`;
const tags = (src: string): HTMLScriptElement[] => [...document.scripts].filter((script) => script.src === new URL(src, location.href).href);
const ran = (src: string): number => (window.fakeLaunchers ?? []).filter((tag) => src.endsWith(`tag=${tag}`)).length;

function cleanUp(): void {
  launcher.reset();
  delete window.XS2A;
  window.onXS2AReady = undefined;
}

describe('launcher loader', () => {
  beforeEach(cleanUp);
  afterEach(cleanUp);

  it('injects one async script with the nonce and resolves when the launcher calls onXS2AReady(XS2A)', async () => {
    const src = launcherUrl('arg');
    const xs2a = await launcher.load({ src, nonce: 'n0nce' });
    expect(xs2a).to.equal(window.XS2A);
    expect(typeof xs2a.startFlow).to.equal('function');
    const [script, ...others] = tags(src);
    expect(others).to.have.length(0);
    expect(script!.async).to.be.true;
    expect(script!.nonce).to.equal('n0nce');
    expect(window.onXS2AReady).to.equal(undefined);
  });

  it('resolves on the load event when the launcher only sets window.XS2A', async () => {
    const src = launcherUrl('global');
    const xs2a = await launcher.load({ src });
    expect(xs2a).to.equal(window.XS2A);
    expect(ran(src)).to.equal(1);
  });

  it('takes the nonce of the page’s scripts when none is given', async () => {
    const marker = document.createElement('script');
    marker.setAttribute('nonce', 'page-nonce');
    marker.type = 'application/json';
    document.head.prepend(marker);
    try {
      const src = launcherUrl('arg');
      await launcher.load({ src });
      expect(tags(src)[0]!.nonce).to.equal('page-nonce');
    } finally {
      marker.remove();
    }
  });

  it('shares one load between concurrent callers', async () => {
    const src = launcherUrl('arg');
    const [first, second] = await Promise.all([launcher.load({ src }), launcher.load({ src })]);
    expect(first).to.equal(second);
    expect(tags(src)).to.have.length(1);
    expect(ran(src)).to.equal(1);
  });

  it('reuses a launcher already on the page, loaded from anywhere', async () => {
    const xs2a = { configure: () => undefined, startFlow: () => undefined };
    window.XS2A = xs2a;
    expect(await launcher.load({ src: launcherUrl('arg') })).to.equal(xs2a);
    expect(document.querySelectorAll(`script[src^="${fixture}"]`)).to.have.length(0);
  });

  it('reuses a launcher tag the page added itself', async () => {
    const src = launcherUrl('arg');
    const own = document.createElement('script');
    own.src = src;
    document.head.append(own);
    try {
      const xs2a = await launcher.load({ src });
      expect(xs2a).to.equal(window.XS2A);
      expect(tags(src)).to.deep.equal([own]);
      expect(ran(src)).to.equal(1);
    } finally {
      own.remove();
    }
  });

  it('keeps and calls the page’s own onXS2AReady', async () => {
    const calls: unknown[] = [];
    const pageHook = (xs2a?: Xs2aLauncher): void => {
      calls.push(xs2a);
    };
    window.onXS2AReady = pageHook;
    const xs2a = await launcher.load({ src: launcherUrl('arg') });
    expect(calls).to.deep.equal([xs2a]);
    expect(window.onXS2AReady).to.equal(pageHook);
  });

  it('shares one tag with a second copy of the loader (the CDN copy and an npm copy)', async () => {
    // Another URL, so another module instance: its own cache, its own everything.
    const secondCopy = '/src/launcher/launcher-loader.ts?copy=2';
    const other = (await import(secondCopy)) as typeof LoaderModule;
    expect(other.default).not.to.equal(launcher);
    const src = launcherUrl('arg');
    const [first, second] = await Promise.all([launcher.load({ src }), other.default.load({ src })]);
    expect(first).to.equal(second);
    expect(tags(src)).to.have.length(1);
    expect(ran(src)).to.equal(1);
    expect(window.onXS2AReady).to.equal(undefined);
    other.default.reset();
  });

  it('retries a failed load once', async () => {
    const src = launcherUrl('arg');
    let injected = 0;
    // The first tag "fails" before it loads; the retry is the real thing.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof HTMLScriptElement && node.src.endsWith(src) && ++injected === 1) {
            node.dispatchEvent(new Event('error'));
          }
        }
      }
    });
    observer.observe(document.head, { childList: true });
    try {
      const xs2a = await launcher.load({ src });
      expect(xs2a).to.equal(window.XS2A);
      expect(injected).to.equal(2);
      expect(tags(src)).to.have.length(1);
    } finally {
      observer.disconnect();
    }
  });

  it('fails with launcher-load after the retry fails too, and forgets the failure', async () => {
    // A port Chrome refuses to connect to: the load fails at once, without the network.
    const src = 'http://127.0.0.1:9/xs2a-app-launcher.js';
    const error = await rejection(launcher.load({ src }));
    expect(error).to.be.instanceOf(Xs2aError);
    expect((error as Xs2aError).code).to.equal('launcher-load');
    expect(tags(src)).to.have.length(0);
    expect(window.onXS2AReady).to.equal(undefined);
    // Not cached: the next call tries again.
    const again = launcher.load({ src });
    expect(tags(src)).to.have.length(1);
    await rejection(again);
  });

  it('times out with launcher-timeout, undoing the load, and tries afresh next time', async () => {
    const src = launcherUrl('inert');
    const clock = installClock();
    try {
      const load = launcher.load({ src, timeout: 15_000 });
      await until(() => ran(src) === 1, 'the inert launcher ran');
      await clock.tick(14_999);
      let settled = false;
      load.then(
        () => (settled = true),
        () => (settled = true),
      );
      await nextTask();
      expect(settled).to.be.false;
      await clock.tick(1);
      const error = await rejection(load);
      expect((error as Xs2aError).code).to.equal('launcher-timeout');
      expect(tags(src)).to.have.length(0);
      expect(window.onXS2AReady).to.equal(undefined);
      expect(clock.pending).to.equal(0);
    } finally {
      clock.uninstall();
    }
  });

  it('lets a caller leave by its AbortSignal; the last one to leave undoes the load', async () => {
    const src = launcherUrl('inert');
    const first = new AbortController();
    const second = new AbortController();
    const loads = [launcher.load({ src, signal: first.signal }), launcher.load({ src, signal: second.signal })];
    first.abort();
    expect((await rejection<Error>(loads[0]!)).name).to.equal('AbortError');
    expect(tags(src)).to.have.length(1);
    second.abort(new Error('gone'));
    expect((await rejection<Error>(loads[1]!)).message).to.equal('gone');
    expect(tags(src)).to.have.length(0);
    expect(window.onXS2AReady).to.equal(undefined);
  });

  it('refuses a launcher URL that is not http(s)', async () => {
    const error = await rejection(launcher.load({ src: 'javascript:alert(1)' }));
    expect((error as Xs2aError).code).to.equal('config');
    expect(document.querySelectorAll('script[data-xs2a-launcher]')).to.have.length(0);
  });

  it('reset() forgets pending loads and removes the tags it added', async () => {
    const src = launcherUrl('arg');
    await launcher.load({ src });
    launcher.reset();
    expect(tags(src)).to.have.length(0);
  });
});
