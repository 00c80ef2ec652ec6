'use client';
import { useState } from 'react';
import type { InsightsRefreshResult } from 'xs2a-elements';
import { Xs2aConnect, Xs2aReport } from 'xs2a-elements/react';

/** The host backend (app/api) and the simulated Klarna launcher (app/klarna), on this origin. */
const endpoint = '/api';
const launcherSrc = '/klarna/xs2a/app-launcher/v0/xs2a-app-launcher.js';

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

export function Bank({ initialReport }: { initialReport: unknown }) {
  const [status, setStatus] = useState('Not connected');
  const [report, setReport] = useState(initialReport);
  const [selected, setSelected] = useState('');

  return (
    <main>
      <h1>Your bank, in Next.js</h1>
      <Xs2aConnect
        endpoint={endpoint}
        launcherSrc={launcherSrc}
        flowOptions={{ intended_reports: ['CATEGORIZED_TRANSACTIONSV2', 'BALANCE_OVER_TIME'] }}
        onXs2aFinished={async (event) => {
          setReport(await fetchReport(event.detail.result));
          setStatus(`Connected ${event.detail.result.accounts.length} account(s)`);
        }}
        onXs2aError={(event) => setStatus(`Failed: ${event.detail.code}`)}
      >
        Connect your bank
      </Xs2aConnect>
      <p id="status">{status}</p>
      <Xs2aReport
        report={report}
        onXs2aTransactionSelect={(event) => setSelected(event.detail.transaction.counterparty?.name ?? event.detail.transaction.id)}
      />
      <p id="selected">{selected && `Selected: ${selected}`}</p>
    </main>
  );
}
