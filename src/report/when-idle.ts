/**
 * Runs `work` when the page is idle (at the latest after a second), telling it whether time is
 * left; where `requestIdleCallback` is missing (Safari), after a short timeout with 8 ms to use.
 * Returns the cancel.
 */
export function whenIdle(work: (hasTime: () => boolean) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => {
      work(() => deadline.timeRemaining() > 1);
    }, { timeout: 1000 });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  const handle = setTimeout(() => {
    const end = performance.now() + 8;
    work(() => performance.now() < end);
  }, 50);
  return () => {
    clearTimeout(handle);
  };
}
