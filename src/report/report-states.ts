/**
 * The report's states when it has no transactions to list: loading, no report yet, no match for
 * the filters, and an error. Each is a template of what it is given; the element decides which.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DisplayMessages } from '../i18n/display-messages.js';

/** How many placeholder rows the skeleton shows: about a phone screen's worth. */
const skeletonRows = 6;

/**
 * Placeholder shapes where the header, the summary and the list will be, so the page does not jump
 * when the report arrives. The shapes are hidden from assistive technology; the region is busy and
 * named, so a screen reader hears "Loading your transactions" once.
 */
export function renderLoading(messages: DisplayMessages): TemplateResult {
  return html`<div part="status loading" class="skeleton" role="status" aria-busy="true">
    <span class="visually-hidden">${messages.loadingReport}</span>
    <div aria-hidden="true">
      <div class="skeleton-header"><span class="bone bone-title"></span><span class="bone bone-line"></span></div>
      <div class="skeleton-cards">${[0, 1, 2].map(() => html`<span class="bone bone-card"></span>`)}</div>
      <div class="skeleton-rows">
        ${Array.from(
          { length: skeletonRows },
          () => html`<div class="skeleton-row"><span class="bone bone-icon"></span><span class="bone bone-text"></span><span class="bone bone-amount"></span></div>`,
        )}
      </div>
    </div>
  </div>`;
}

/** Before any report, or after the consumer aborted: what a page may replace through `slot="empty"`. */
export function renderNoReport(messages: DisplayMessages): TemplateResult {
  return html`<div part="status no-report">
    <slot name="empty">
      <p class="status-title">${messages.noReportTitle}</p>
      <p>${messages.noReportText}</p>
    </slot>
  </div>`;
}

/** A report whose transactions the search and filters exclude, every one; the result bar offers to clear them. */
export function renderNoMatch(messages: DisplayMessages): TemplateResult {
  return html`<div part="status no-match"><p>${messages.noMatches}</p></div>`;
}

/** A failure in a consumer's words, with a retry when another try can help. */
export function renderError(message: string, messages: DisplayMessages, onRetry: (() => void) | undefined): TemplateResult {
  return html`<div part="status error" role="alert">
    <p class="status-title">${message}</p>
    ${onRetry ? html`<button type="button" part="retry-button" @click=${onRetry}>${messages.retry}</button>` : nothing}
  </div>`;
}
