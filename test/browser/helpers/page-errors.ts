/**
 * Collects what reaches the top of the page uncaught: errors thrown out of any task and promise
 * rejections nobody handled. The test runner only logs those, so a test has to look for them.
 */
export interface PageErrors {
  /** The errors, or rejection reasons, in the order the page reported them. */
  readonly caught: unknown[];
  uninstall(): void;
}

export function watchPageErrors(): PageErrors {
  const caught: unknown[] = [];
  const onError = (event: ErrorEvent): void => {
    caught.push(event.error ?? event.message);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    caught.push(event.reason);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    caught,
    uninstall() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
