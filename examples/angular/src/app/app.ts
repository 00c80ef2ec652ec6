import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { InsightsRefreshResult, Xs2aErrorEvent, Xs2aFinishedEvent, Xs2aTransactionSelectEvent } from 'xs2a-elements';
// Registers every tag.
import 'xs2a-elements/define.js';

/** The host backend (`xs2a-elements/server`) and the simulated Klarna launcher, on this origin. */
const endpoint = '/api';

/** The host's own call for the report of the consumer who just connected. */
async function fetchReport(result: InsightsRefreshResult): Promise<unknown> {
  const response = await fetch(`${endpoint}/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      insights_consumer_id: result.insights_consumer_id,
      insights_account_ids: result.accounts.map((account) => account.insights_account_id),
    }),
  });
  if (!response.ok) throw new Error(`report: HTTP ${response.status}`);
  return response.json();
}

@Component({
  selector: 'app-root',
  templateUrl: './app.html',
  // `xs2a-` tags are custom elements; their events are typed through GlobalEventHandlersEventMap.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
})
export class App {
  protected readonly endpoint = endpoint;
  protected readonly launcherSrc = '/klarna/xs2a/app-launcher/v0/xs2a-app-launcher.js';
  protected readonly flowOptions = { intended_reports: ['CATEGORIZED_TRANSACTIONSV2', 'BALANCE_OVER_TIME'] };
  protected readonly status = signal('Not connected');
  protected readonly report = signal<unknown>(undefined);
  protected readonly selected = signal('');

  protected async onFinished(event: Xs2aFinishedEvent): Promise<void> {
    this.report.set(await fetchReport(event.detail.result));
    this.status.set(`Connected ${event.detail.result.accounts.length} account(s)`);
  }

  protected onError(event: Xs2aErrorEvent): void {
    this.status.set(`Failed: ${event.detail.code}`);
  }

  protected onSelect(event: Xs2aTransactionSelectEvent): void {
    this.selected.set(event.detail.transaction.counterparty?.name ?? event.detail.transaction.id);
  }
}
