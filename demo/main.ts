/**
 * The demo page's flow in plain script, until `<xs2a-connect>` and `<xs2a-report>` take over:
 * POST /api/flows → load the launcher → XS2A.startFlow → GET the flow → DELETE it →
 * POST /api/reports → normalize → a table per account.
 */
import { formatDate } from '../src/format/date.js';
import { formatMoney } from '../src/format/money.js';
import { normalizeReport } from '../src/model/normalize-report.js';
import type { Account } from '../src/model/report-model.js';
import { createFlowResponse, getFlowResponse } from '../src/schemas/host-backend.js';
import { parsePayload } from '../src/validation/parse-payload.js';

interface DemoConfig {
  launcherSrc: string;
  upstream: string;
}

interface Launcher {
  startFlow(token: string, options: Record<string, unknown>): void;
}

const api = '/api';
const button = document.querySelector<HTMLButtonElement>('#connect');
const status = document.querySelector<HTMLElement>('#status');
const section = document.querySelector<HTMLElement>('#report');
const accounts = document.querySelector<HTMLElement>('#accounts');
const locale = document.documentElement.lang || undefined;

const say = (text: string): void => {
  if (status) status.textContent = text;
};

async function request(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined;
  const payload: unknown = await response.json();
  if (!response.ok) {
    const message = (payload as { error?: { message?: string } }).error?.message ?? response.statusText;
    throw new Error(`${method} ${path}: ${response.status} ${message}`);
  }
  return payload;
}

/** Loads the launcher once; resolves with `window.XS2A` when it calls `onXS2AReady`. */
let launcher: Promise<Launcher> | undefined;
function loadLauncher(src: string): Promise<Launcher> {
  const host = window as unknown as { XS2A?: Launcher; onXS2AReady?: () => void };
  launcher ??= new Promise<Launcher>((resolve, reject) => {
    host.onXS2AReady = () => {
      if (host.XS2A) resolve(host.XS2A);
    };
    const script = document.createElement('script');
    script.src = src;
    script.onerror = () => {
      launcher = undefined;
      reject(new Error(`The launcher at ${src} did not load`));
    };
    document.head.append(script);
  });
  return launcher;
}

/** Runs the XS2A App; resolves true on onFinished, false on onAbort, rejects on onError. */
function runApp(xs2a: Launcher, clientToken: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let outcome: boolean | Error | undefined;
    xs2a.startFlow(clientToken, {
      onReady: () => {
        say('Log in to your bank in the window that opened.');
      },
      onFinished: () => (outcome = true),
      onAbort: () => (outcome = false),
      onError: (error: { message?: string }) => (outcome = new Error(error.message ?? 'The flow failed')),
      onClose: () => {
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome === true);
      },
    });
  });
}

function cell(row: HTMLTableRowElement, text: string, className?: string): HTMLTableCellElement {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function renderAccount(account: Account): HTMLTableElement {
  const table = document.createElement('table');
  const title = [account.name, account.iban, account.bankName].filter(Boolean).join(' · ') || account.id;
  table.createCaption().textContent = `${title} — ${account.transactions.length} transactions`;
  const head = table.createTHead().insertRow();
  for (const label of ['Date', 'Counterparty', 'Reference', 'Category', 'Amount']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  const rows = [...account.transactions].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  for (const transaction of rows) {
    const row = body.insertRow();
    cell(row, formatDate(transaction.date, locale));
    const party = cell(row, '');
    if (transaction.brand?.iconUrl) {
      const icon = document.createElement('img');
      icon.className = 'brand';
      icon.src = transaction.brand.iconUrl;
      icon.alt = '';
      party.append(icon);
    }
    party.append(transaction.brand?.name ?? transaction.counterparty?.name ?? '');
    cell(row, transaction.reference ?? '');
    cell(row, transaction.categories.map((category) => category.name ?? category.id).join(', '));
    const amount = transaction.amount;
    cell(row, amount ? formatMoney(amount.minor, amount.currency, { locale, signDisplay: 'exceptZero' }) : '–', `amount ${transaction.direction ?? ''}`);
  }
  return table;
}

async function connect(config: DemoConfig): Promise<void> {
  if (!button || !accounts || !section) return;
  button.disabled = true;
  let flowId: string | undefined;
  try {
    say('Creating a flow…');
    const created = parsePayload(createFlowResponse, await request('POST', '/flows', { language: 'en' }), 'flow').data;
    flowId = created.flow_id;
    say('Loading the XS2A App…');
    const finished = await runApp(await loadLauncher(config.launcherSrc), created.client_token);
    if (!finished) {
      say('You closed the XS2A App.');
      return;
    }
    say('Reading the flow…');
    const flow = parsePayload(getFlowResponse, await request('GET', `/flows/${flowId}`), 'flow').data;
    if (flow.result?.type !== 'insights_refresh') throw new Error(`The flow ended as ${flow.state}`);
    say('Building the report…');
    const report = normalizeReport(
      await request('POST', '/reports', {
        insights_consumer_id: flow.result.insights_consumer_id,
        insights_account_ids: flow.result.accounts.map((account) => account.insights_account_id),
        reports: ['CATEGORIZED_TRANSACTIONSV2', 'BALANCE_OVER_TIME', 'EXPENSE_CATEGORIES', 'BALANCES', 'ACCOUNT_INFOS'],
      }),
    );
    accounts.replaceChildren(...report.accounts.map(renderAccount));
    section.hidden = false;
    say(`Connected: ${report.accounts.length} account(s), report generation "${report.generation}".`);
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
  } finally {
    // An open flow makes the bank warn the consumer: always close it.
    if (flowId) await request('DELETE', `/flows/${flowId}`).catch(() => undefined);
    button.disabled = false;
  }
}

const config = (await (await fetch('/demo-config.json')).json()) as DemoConfig;
const upstream = document.querySelector('#upstream');
if (upstream && config.upstream !== 'simulator') upstream.textContent = `Klarna's API at ${config.upstream}`;
button?.addEventListener('click', () => {
  void connect(config);
});
