/**
 * What each figure of the report covers, in words: the summary "1 Sep – 30 Nov 2026 · 42
 * transactions · 2 transfers not counted", the category chart its period, "filtered" while a
 * search or filter narrows it. A figure that reads zero after a search then says why.
 */
import { html, type TemplateResult } from 'lit';
import type { DisplayMessages } from '../i18n/display-messages.js';
import type { TransactionFilter } from '../insights/transaction-filter.js';
import { periodText, type DateRange } from './period.js';

export interface Coverage {
  range: DateRange;
  /** The transactions shown, and how many of them are transfers the figures leave out. */
  count: number;
  transfersLeftOut: number;
}

export function summaryCoverage({ range, count, transfersLeftOut }: Coverage, locale: string, messages: DisplayMessages): string {
  return [periodText(range, locale, messages), messages.transactionCount(count), transfersLeftOut > 0 ? messages.transfersLeftOut(transfersLeftOut) : '']
    .filter(Boolean)
    .join(' · ');
}

/** Whether criteria other than the period and the categories narrow the figures (the chart shows every category). */
const narrowsCategories = (filter: TransactionFilter): boolean =>
  Boolean(filter.query?.trim()) || filter.direction !== undefined || filter.minAmount !== undefined || filter.maxAmount !== undefined;

export function categoryChartCaption(range: DateRange, filter: TransactionFilter, locale: string, messages: DisplayMessages): string {
  const period = periodText(range, locale, messages);
  return narrowsCategories(filter) && period ? messages.filteredPeriod(period) : period;
}

export const renderCoverage = (text: string): TemplateResult => html`<p part="coverage">${text}</p>`;
