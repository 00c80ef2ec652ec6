/**
 * What the report tells a consumer when it has no report to show: a sentence they can act on, in
 * their language. The technical detail (status, server message, failing path) is for the page and
 * goes only into `xs2a-error`.
 */
import type { Xs2aError } from '../errors.js';
import type { DisplayMessages } from '../i18n/display-messages.js';

/** Where the report came from: fetched from the host backend, or set by the page as `.report`. */
export type ReportOrigin = 'fetched' | 'page';

export function consumerErrorMessage(error: Xs2aError, origin: ReportOrigin, messages: DisplayMessages): string {
  // A report the page set is the same on every try: no retry can help, so say what is wrong with it.
  if (origin === 'page') return messages.errorUnreadable;
  switch (error.code) {
    case 'http':
      if (error.status === 404 || error.status === 410) return messages.errorNotFound;
      if (error.status === 401 || error.status === 403) return messages.errorUnauthorized;
      return messages.errorServer;
    case 'invalid-response':
      return messages.errorInvalid;
    default:
      return messages.errorNetwork;
  }
}
