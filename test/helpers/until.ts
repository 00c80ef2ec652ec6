/**
 * Waiting for what a test cannot await directly: a state the element reaches after a fetch, rows
 * the list places in a later frame. Budgets count turns of the event loop, not
 * milliseconds, so a loaded machine that runs fewer turns a second waits longer instead of failing.
 *
 * The timer and frame functions are the page's own, taken when this module loads (before any test
 * replaces them): a fake clock does not stall the wait, and a test that counts timers or frames
 * does not count the wait's own.
 */
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
// Unit tests also run in Node, which has no animation frames.
const realRequestFrame = 'requestAnimationFrame' in globalThis ? globalThis.requestAnimationFrame.bind(globalThis) : undefined;

/** Lets pending promise chains, fetch stubs and DOM events run: one real task. */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    realSetTimeout(resolve, 0);
  });

/** Waits for the next animation frame, in which the list and observers do their work. */
export const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    if (!realRequestFrame) throw new Error('animation frames need a browser');
    realRequestFrame(() => {
      resolve();
    });
  });

export interface UntilOptions {
  /**
   * What passes between two checks: a real task (the default; the browser still paints between
   * tasks) or a whole animation frame, for what renders in frames, such as the list's rows.
   */
  between?: 'task' | 'frame';
  /**
   * Checks before giving up: by default 200 tasks or 120 frames. Real requests to the test
   * server and a full render of a report need more.
   */
  turns?: number;
}

/** Waits until `predicate` returns something truthy; fails naming `what` once the turns run out. */
export async function until(predicate: () => unknown, what = 'condition', { between = 'task', turns = between === 'task' ? 200 : 120 }: UntilOptions = {}): Promise<void> {
  const next = between === 'task' ? nextTask : nextFrame;
  for (let turn = 0; turn < turns; turn++) {
    if (await predicate()) return;
    await next();
  }
  throw new Error(`timed out waiting for ${what} (${turns} ${between}s)`);
}
