/**
 * The baseline most hand-written transaction views are: parse the JSON, map every transaction to
 * a row, render every row with Lit's `repeat`. No validation, no virtualization.
 */
import { html, LitElement, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

interface Row {
  id: string;
  date: string;
  name: string;
  amount: string;
}

interface RawTransaction {
  id?: string;
  insights_transaction_id?: string;
  date?: string;
  booking_date?: string;
  reference?: string;
  brand?: { name?: string };
  amount?: { amount: number; currency: string };
  type?: string;
}

interface RawReport {
  data: { accounts: { reports: { type: string; transactions?: RawTransaction[] }[] }[] };
}

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });

export class NaiveReport extends LitElement {
  rows: Row[] = [];

  set report(value: RawReport) {
    const transactions = value.data.accounts[0]?.reports.find((module) => module.type === 'CATEGORIZED_TRANSACTIONSV2')?.transactions ?? [];
    this.rows = transactions.map((transaction) => ({
      id: transaction.id ?? transaction.insights_transaction_id ?? '',
      date: transaction.date ?? transaction.booking_date ?? '',
      name: transaction.brand?.name ?? transaction.reference ?? '',
      amount: money.format(((transaction.type === 'DEBIT' ? -1 : 1) * (transaction.amount?.amount ?? 0)) / 100),
    }));
    this.requestUpdate();
  }

  override render(): TemplateResult {
    return html`<div role="list">
      ${repeat(
        this.rows,
        (row) => row.id,
        (row) => html`<div role="listitem"><span>${row.date}</span><span>${row.name}</span><span>${row.amount}</span></div>`,
      )}
    </div>`;
  }
}

customElements.define('naive-report', NaiveReport);
