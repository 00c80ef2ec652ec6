import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';

/**
 * The virtualizer measures its rows in a ResizeObserver callback and moves them there and then.
 * When that resizes an observed element again in the same frame, Chromium drops the notification
 * and reports "ResizeObserver loop completed with undelivered notifications" as a window error:
 * every error tracker records it and Angular's ErrorHandler logs it as ERROR, on every page with a
 * report. This observer hands the entries to the callback in the next animation frame instead
 * (before that frame's layout), so no callback runs inside the observer's loop. Entries of one
 * element are delivered once, the latest.
 */
const frameResizeObserver = (): typeof ResizeObserver =>
  class FrameResizeObserver extends ResizeObserver {
    constructor(callback: ResizeObserverCallback) {
      const pending = new Map<Element, ResizeObserverEntry>();
      let frame = 0;
      super((entries, observer) => {
        for (const entry of entries) pending.set(entry.target, entry);
        if (frame !== 0) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          const batch = [...pending.values()];
          pending.clear();
          callback(batch, observer);
        });
      });
    }
  };

/**
 * Gives the virtualizer that observer. Every list of the page shares the virtualizer module, so
 * once is enough; where there is no ResizeObserver (server rendering) nothing happens.
 */
export const useFrameResizeObserver = (): void => {
  if (typeof ResizeObserver === 'undefined') return;
  provideResizeObserver(frameResizeObserver());
};
