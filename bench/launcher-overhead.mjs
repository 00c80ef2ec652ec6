/**
 * Launcher overhead, in headless Chromium on the built CDN file: the time from a click on
 * `<xs2a-connect>`'s button to the XS2A App launcher's `startFlow` being called, with the host
 * backend and the launcher script answered at once on loopback. What is left is the element's
 * own work: validating its config, the create-flow request and its validation, loading the
 * launcher (from the HTTP cache) and starting the flow.
 *
 * Each run has a fresh browser context: one click there loads the launcher script into the
 * context's cache, then the page is loaded again (no launcher on the page) and the measured click
 * follows. Median of the runs after a warm-up run, which is excluded.
 *
 * Run `npm run bench` (builds first), or `node bench/launcher-overhead.mjs` after `npm run build`.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { chromeArgs, resolveChromePath } from '../scripts/test-runner/chrome-path.mjs';

const loadAtStart = loadavg()[0];
const runs = Number(process.env.BENCH_RUNS ?? 7);
const cdnFile = new URL('../dist/cdn/xs2a-elements.js', import.meta.url);
if (!existsSync(cdnFile)) throw new Error('dist/cdn/xs2a-elements.js is missing: run `npm run build` first');

// The marks: the click's timestamp, each state the element enters, and the call to startFlow.
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>launcher overhead</title>
<script>
  window.benchMarks = {};
  addEventListener('click', (event) => { window.benchMarks.click ??= event.timeStamp; }, { capture: true });
  addEventListener('xs2a-state-change', (event) => { window.benchMarks[event.detail.state] ??= performance.now(); });
</script>
<script type="module" src="/xs2a-elements.js"></script></head>
<body><xs2a-connect endpoint="/api" launcher-src="/launcher.js">Connect your bank</xs2a-connect></body></html>`;

// A launcher that is ready as soon as it runs, and notes when the element starts the flow.
const launcherScript = `(() => {
  const xs2a = {
    configure() {},
    startFlow(clientToken) {
      window.benchMarks.startFlow ??= performance.now();
      window.benchMarks.clientToken = clientToken;
    },
  };
  window.XS2A = xs2a;
  window.onXS2AReady?.(xs2a);
})();`;

// The host-backend contract (DESIGN.md), answered with canned valid JSON.
const flowId = 'flow-bench';
const created = JSON.stringify({ data: { flow_id: flowId, client_token: 'client-token-bench', state: 'CONSUMER_INPUT_NEEDED' } });
const finished = JSON.stringify({
  data: {
    state: 'FINISHED',
    result: { type: 'insights_refresh', insights_consumer_id: 'consumer-bench', accounts: [{ insights_account_id: 'account-bench' }] },
  },
});
const report = JSON.stringify({ data: { insights_consumer_id: 'consumer-bench', accounts: [{ insights_account_id: 'account-bench', transactions: [] }] } });

const cached = { 'cache-control': 'public, max-age=3600' };
const server = createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://localhost');
  const send = (status, headers, body) => response.writeHead(status, headers).end(body);
  const json = (status, body) => send(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }, body);
  request.resume();
  request.on('end', () => {
    if (pathname === '/') return send(200, { 'content-type': 'text/html' }, page);
    // The CDN entry and the chunks it imports, from dist/cdn/.
    const cdnPath = new URL(`.${pathname}`, cdnFile);
    if (pathname.endsWith('.js') && cdnPath.href.startsWith(new URL('.', cdnFile).href) && existsSync(cdnPath)) return send(200, { 'content-type': 'text/javascript', ...cached }, readFileSync(cdnPath));
    if (pathname === '/launcher.js') return send(200, { 'content-type': 'text/javascript', ...cached }, launcherScript);
    if (pathname === '/api/flows' && request.method === 'POST') return json(201, created);
    if (pathname === `/api/flows/${flowId}` && request.method === 'GET') return json(200, finished);
    if (pathname === `/api/flows/${flowId}` && request.method === 'DELETE') return send(204, {}, undefined);
    if (pathname === '/api/reports' && request.method === 'POST') return json(200, report);
    return send(404, {}, undefined);
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: await resolveChromePath(), headless: true, args: chromeArgs });

/** Loads the page, clicks the button, waits for startFlow; returns the marks. */
async function clickToStartFlow(tab) {
  await tab.goto(`${origin}/`);
  await tab.waitForFunction(() => customElements.get('xs2a-connect') !== undefined);
  await tab.locator('xs2a-connect button').click();
  await tab.waitForFunction(() => window.benchMarks.startFlow !== undefined);
  return tab.evaluate(() => {
    const entry = performance.getEntriesByType('resource').find((resource) => resource.name.endsWith('/launcher.js'));
    return { ...window.benchMarks, launcherFromCache: entry !== undefined && entry.transferSize === 0 };
  });
}

/** One cell: a fresh context, the launcher cached by a first click there, then the measured click. */
async function measureRun() {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cold = await clickToStartFlow(tab);
  const warm = await clickToStartFlow(tab);
  await context.close();
  if (warm.clientToken !== 'client-token-bench') throw new Error('startFlow got the wrong client token');
  const phases = (marks) => ({
    total: marks.startFlow - marks.click,
    config: marks['creating-flow'] - marks.click,
    createFlow: marks['loading-launcher'] - marks['creating-flow'],
    launcher: marks.startFlow - marks['loading-launcher'],
  });
  return { cold: phases(cold), warm: phases(warm), fromCache: warm.launcherFromCache };
}

await measureRun(); // warm-up, excluded
const results = [];
for (let run = 0; run < runs; run += 1) results.push(await measureRun());
const version = browser.version();
await browser.close();
server.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pick = (kind, phase) => median(results.map((result) => result[kind][phase]));
const fmt = (value) => `${value.toFixed(1)} ms`;
const cpu = cpus();
const total = pick('warm', 'total');
const lines = [
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadAtStart.toFixed(1)} at the start; Node ${process.version}; Chromium ${version} (playwright-core)`,
  `Median of ${runs} runs after a warm-up, each in a fresh browser context; the built CDN file; backend and launcher on loopback, answered at once.`,
  `The launcher came from the HTTP cache in ${results.filter((result) => result.fromCache).length} of ${runs} measured runs.`,
  '',
  '| from the click to `startFlow` | launcher cached | first click in the context (launcher fetched) |',
  '|---|---|---|',
  `| total | ${fmt(total)} | ${fmt(pick('cold', 'total'))} |`,
  `| click → \`creating-flow\` (config checks) | ${fmt(pick('warm', 'config'))} | ${fmt(pick('cold', 'config'))} |`,
  `| \`creating-flow\` → \`loading-launcher\` (POST /flows, answer validated) | ${fmt(pick('warm', 'createFlow'))} | ${fmt(pick('cold', 'createFlow'))} |`,
  `| \`loading-launcher\` → \`startFlow\` (launcher script, onXS2AReady) | ${fmt(pick('warm', 'launcher'))} | ${fmt(pick('cold', 'launcher'))} |`,
  '',
  `Runs (cached, total): ${results.map((result) => result.warm.total.toFixed(1)).join(', ')} ms. Each phase is its own median, so they need not add up to the total.`,
  '',
  `Target: click → startFlow ≤ 50 ms median with the launcher cached: ${total <= 50 ? 'met' : 'MISSED'} (${fmt(total)}).`,
];
console.log(lines.join('\n'));
