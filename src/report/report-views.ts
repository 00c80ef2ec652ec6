/**
 * The report's views beyond the list: cash flow by month, recurring commitments and the
 * affordability summary of the shown account. The report imports this module only when the page
 * comes near the place the views take, below the list, so a page that never scrolls there never
 * loads their code. It defines the three elements and computes what they show.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Xs2aAffordability } from '../affordability/xs2a-affordability.js';
import { affordabilityOf } from '../affordability/affordability-data.js';
import { cashFlowOf } from '../cash-flow/cash-flow-data.js';
import { Xs2aCashFlow } from '../cash-flow/xs2a-cash-flow.js';
import { commitmentsOf } from '../commitments/commitments-data.js';
import { Xs2aCommitments } from '../commitments/xs2a-commitments.js';
import { defineElement } from '../define-element.js';
import type { Account, Report } from '../model/report-model.js';
import type { DisplayOptions } from './report-sections.js';

export interface ViewsSource {
  report: Report;
  account: Account;
  transfers: ReadonlySet<string>;
  accountIds: readonly string[];
}

const viewElements = {
  'xs2a-cash-flow': Xs2aCashFlow,
  'xs2a-commitments': Xs2aCommitments,
  'xs2a-affordability': Xs2aAffordability,
} satisfies Record<string, CustomElementConstructor>;

export function defineViews(): void {
  for (const [tag, element] of Object.entries(viewElements)) defineElement(tag, element);
}

/** One computation per step, each result kept by the data modules for as long as the report lives. */
export function viewSteps({ report, account, transfers, accountIds }: ViewsSource): (() => unknown)[] {
  return [() => cashFlowOf(account.transactions, transfers), () => commitmentsOf(account.transactions, transfers), () => affordabilityOf(report, accountIds)];
}

export function renderViews({ report, account, transfers, accountIds }: ViewsSource, { locale, theme, masked }: DisplayOptions): TemplateResult {
  return html`<xs2a-cash-flow
      part="cash-flow"
      .transactions=${account.transactions}
      .transferIds=${transfers}
      currency=${ifDefined(account.currency)}
      locale=${locale}
      theme=${ifDefined(theme)}
      ?masked=${masked}
    ></xs2a-cash-flow>
    <xs2a-commitments part="commitments" .transactions=${account.transactions} .transferIds=${transfers} locale=${locale} theme=${ifDefined(theme)} ?masked=${masked}></xs2a-commitments>
    <xs2a-affordability part="affordability" .report=${report} .accountIds=${accountIds} locale=${locale} theme=${ifDefined(theme)} ?masked=${masked}></xs2a-affordability>`;
}
