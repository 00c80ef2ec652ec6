import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DisplayElement } from '../elements/display-element.js';
import { formatDate } from '../format/date.js';
import { formatPeriod } from '../format/period.js';
import { viewWords } from '../i18n/en-views.js';
import type { Affordability, Period } from '../insights/affordability.js';
import type { Report } from '../model/report-model.js';
import { affordabilityOf } from './affordability-data.js';
import { affordabilityStyles } from './xs2a-affordability.styles.js';

// The types its properties use, importable from the module the manifest names for it.
export type { Report } from '../model/report-model.js';

const percentFormats = new Map<string, Intl.NumberFormat>();
function percent(share: number, locale: string): string {
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(locale, format);
  }
  return format.format(share);
}

interface Figure {
  key: 'averageIncome' | 'averageSpending' | 'incomeRegularity' | 'lowestBalance' | 'daysBelowZero' | 'largestOutflow';
  /** Absent: the figure cannot be told, and `detail` says why. */
  value?: string;
  negative?: boolean;
  detail: string;
}

/**
 * A lender's summary of a report's accounts (see `affordability`): average monthly income and
 * spending over the full calendar months, income regularity, the lowest end-of-day balance and
 * its date, the days below zero and the largest single outflow. Each figure states the period it
 * covers and a one-line definition, in a description list; own-account transfers are left out.
 * Different currencies are never added: one summary per currency, the one with the most
 * transactions first. In privacy mode (`masked`) amounts are hidden; counts and shares stay.
 *
 * @tag xs2a-affordability
 * @summary Show a lender's affordability summary of a report, each figure with its period and definition.
 *
 * @slot heading - Replaces the default heading, "Affordability".
 *
 * @csspart base - The card around heading and figures.
 * @csspart heading - The default heading.
 * @csspart caption - The period read, per currency.
 * @csspart figures - The description list of one currency's figures.
 * @csspart figure - One figure: its name, value, period and definition.
 * @csspart value - A figure's value; also `negative` for a balance below zero.
 * @csspart definition - A figure's one-line definition.
 * @csspart empty - The message shown when there are no transactions to read.
 *
 * @cssprop [--xs2a-color-negative=#b3261e] - A balance below zero (dark: #f2b8b5).
 * @cssprop [--xs2a-color-surface=#ffffff] - Background of the card.
 * @cssprop [--xs2a-color-border=#d3d7de] - Borders.
 * @cssprop [--xs2a-color-text=#1f1f1f] - Text colour.
 * @cssprop [--xs2a-color-text-muted=#5e5e5e] - Periods and definitions.
 */
export class Xs2aAffordability extends DisplayElement {
  static override styles = affordabilityStyles;

  @state() private summaries: Affordability[] = [];

  /** A normalized report (`normalizeReport`), or the `report` of `xs2a-report-load`. */
  @property({ attribute: false }) report?: Report;

  /** The accounts to read; default all of the report's. */
  @property({ attribute: false }) accountIds?: readonly string[];

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('report') || changed.has('accountIds')) this.summaries = this.report ? affordabilityOf(this.report, this.accountIds) : [];
  }

  private period(period: Pick<Period, 'from' | 'to'>): string {
    const { locale, messages } = this.localize;
    return formatPeriod(period.from, period.to, locale, messages) ?? '';
  }

  private figures(summary: Affordability): Figure[] {
    const { locale, messages } = this.localize;
    const insights = viewWords(messages);
    const money = (minor: number): string => this.localize.money(minor, summary.currency);
    const months = (period: Period): string => insights.fullMonths(period.months, this.period(period));
    const { averageIncome, averageSpending, incomeRegularity, lowestBalance, daysBelowZero, largestOutflow } = summary;
    return [
      averageIncome ? { key: 'averageIncome', value: money(averageIncome.amount), detail: months(averageIncome.period) } : { key: 'averageIncome', detail: insights.noFullMonth },
      averageSpending ? { key: 'averageSpending', value: money(averageSpending.amount), detail: months(averageSpending.period) } : { key: 'averageSpending', detail: insights.noFullMonth },
      incomeRegularity
        ? { key: 'incomeRegularity', value: percent(incomeRegularity.share, locale), detail: `${insights.regularMonths(incomeRegularity.regularMonths, incomeRegularity.period.months)}, ${this.period(incomeRegularity.period)}` }
        : { key: 'incomeRegularity', detail: insights.noFullMonth },
      lowestBalance
        ? { key: 'lowestBalance', value: money(lowestBalance.amount), negative: lowestBalance.amount < 0, detail: `${insights.onDate(formatDate(lowestBalance.date, locale))} · ${this.period(lowestBalance.period)}` }
        : { key: 'lowestBalance', detail: insights.balanceUnknown },
      daysBelowZero
        ? { key: 'daysBelowZero', value: insights.dayCount(daysBelowZero.days), detail: insights.daysOf(daysBelowZero.period.days, this.period(daysBelowZero.period)) }
        : { key: 'daysBelowZero', detail: insights.balanceUnknown },
      largestOutflow
        ? {
            key: 'largestOutflow',
            value: money(largestOutflow.amount),
            detail: [largestOutflow.name, insights.onDate(formatDate(largestOutflow.date, locale))].filter(Boolean).join(' ') + ` · ${this.period(largestOutflow.period)}`,
          }
        : { key: 'largestOutflow', detail: insights.noOutflow },
    ];
  }

  override render(): TemplateResult {
    const { messages } = this.localize;
    const several = this.summaries.length > 1;
    return html`
      <div part="base">
        <slot name="heading"><h3 part="heading">${viewWords(messages).affordability}</h3></slot>
        ${this.summaries.length === 0 ? html`<p part="empty">${viewWords(messages).noAffordability}</p>` : this.summaries.map((summary) => this.renderSummary(summary, several))}
      </div>
    `;
  }

  private renderSummary(summary: Affordability, several: boolean): TemplateResult {
    const insights = viewWords(this.localize.messages);
    const caption = this.period(summary.period);
    return html`<section class="summary" aria-label=${several ? `${insights.affordability} ${summary.currency}` : insights.affordability}>
      <p part="caption">${several ? html`<strong>${summary.currency}</strong> · ` : ''}${caption}</p>
      <dl part="figures">
        ${this.figures(summary).map(
          (figure) => html`<div part="figure">
            <dt>${insights[figure.key]}</dt>
            <dd part=${figure.negative && !this.masked ? 'value negative' : 'value'}>${figure.value ?? '—'}</dd>
            <dd class="detail">${figure.detail}</dd>
            <dd part="definition">${insights.definitions[figure.key]}</dd>
          </div>`,
        )}
      </dl>
    </section>`;
  }
}
