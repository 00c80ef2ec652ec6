/**
 * The demo: `<xs2a-connect>` and `<xs2a-report for>` against the reference host backend, which
 * talks to the simulator (or to Klarna when `npm start` is given an API token).
 */
import '../src/define.js';

interface DemoConfig {
  launcherSrc: string;
  upstream: string;
}

const connect = document.querySelector('xs2a-connect');
const report = document.querySelector('xs2a-report');
const log = document.querySelector<HTMLElement>('#log');
const settings = document.querySelector<HTMLFormElement>('#settings');
if (!connect || !report || !log || !settings) throw new Error('the demo page is missing an element');

const config = (await (await fetch('/demo-config.json')).json()) as DemoConfig;
connect.launcherSrc = config.launcherSrc;
if (config.upstream !== 'simulator') {
  const upstream = document.querySelector('#upstream');
  if (upstream) upstream.textContent = config.upstream;
  document.querySelector('#hint')?.remove();
}

const say = (text: string): void => {
  log.textContent = text;
};

connect.addEventListener('xs2a-state-change', (event) => {
  say(`Connection: ${event.detail.state}`);
});
connect.addEventListener('xs2a-finished', (event) => {
  say(`Connected ${event.detail.result.accounts.length} account(s); loading the report…`);
});
connect.addEventListener('xs2a-abort', () => {
  say('The consumer left the bank connection.');
});
connect.addEventListener('xs2a-error', (event) => {
  const { code, message, category } = event.detail;
  say(`Error (${code}${category ? `, ${category}` : ''}): ${message}`);
});
report.addEventListener('xs2a-report-load', (event) => {
  const count = event.detail.report.accounts.reduce((sum, account) => sum + account.transactions.length, 0);
  say(`Report loaded: ${count} transactions.`);
});
report.addEventListener('xs2a-transaction-select', (event) => {
  const { transaction } = event.detail;
  say(`Selected: ${transaction.date} ${transaction.brand?.name ?? transaction.counterparty?.name ?? transaction.reference ?? ''}`);
});

const locales: Record<string, string> = { en: 'en-GB', de: 'de-DE', sv: 'sv-SE' };
/** The page's language and theme, for the flow the connect element creates and for the report. */
const applySettings = (): void => {
  const field = (name: string): string => settings.querySelector<HTMLSelectElement>(`[name="${name}"]`)?.value ?? '';
  const language = field('language');
  const theme = field('theme');
  document.documentElement.lang = language;
  connect.language = language;
  report.locale = locales[language] ?? language;
  for (const element of [connect, report]) {
    if (theme) element.setAttribute('theme', theme);
    else element.removeAttribute('theme');
  }
  document.documentElement.dataset.theme = theme;
};
// Also at load: a reloaded page may restore the choices the visitor made before.
applySettings();
settings.addEventListener('change', applySettings);
