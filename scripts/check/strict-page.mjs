/**
 * Proves the demo runs on a locked-down host page. The demo is built for production (as a host
 * would ship it) and served from `node:http` with the simulator at `/klarna` and the reference
 * host backend at `/api`; the page comes with these response headers and a fresh nonce each time:
 *
 *   Content-Security-Policy: default-src 'none'; script-src 'nonce-…'; style-src 'self';
 *     img-src 'self'; connect-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none';
 *     frame-ancestors 'none'; require-trusted-types-for 'script';
 *     trusted-types xs2a-elements lit-html; report-uri /csp-report
 *
 * No `unsafe-inline`, no `unsafe-eval`, no `strict-dynamic`: the launcher script runs only
 * because `<xs2a-connect>` gives it the page's nonce and passes its URL through a Trusted Types
 * policy; the simulator's fake XS2A App builds its DOM without HTML strings or inline styles.
 * Headless Chromium connects a bank through the simulator's test bank, waits for the report,
 * then uses it (search, a category, the balance chart's cursor and table, privacy mode, the IBAN,
 * the demo's dark theme and German, a row), checking each step by what it changed. Any violation
 * fails the check: a `securitypolicyviolation` listener installed before the page's own scripts
 * collects them, and so does the server's report-uri. At the end a canary breaks the policy on
 * purpose (an HTML string into a sink, an inline script) and must be blocked and caught both
 * ways: a check that could not see a violation would prove nothing. A page error fails it too.
 * `PORT` picks the port (default: a free one).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { tsImport } from 'tsx/esm/api';
import { build } from 'vite';
import { chromeArgs, resolveChromePath } from '../test-runner/chrome-path.mjs';
import { createDemoApi } from '../start.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const policyFor = (nonce) =>
  [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types xs2a-elements lit-html',
    'report-uri /csp-report',
  ].join('; ');
const types = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8' };

/** The demo's `index.html` and its assets, built as a host would deploy them. */
async function buildDemo(outDir) {
  await build({
    configFile: false,
    root: join(repo, 'demo'),
    logLevel: 'warn',
    // Vite's preload helper puts a `<link rel="modulepreload">` without a nonce before each lazy
    // chunk (the elements' German and Swedish words), which this policy blocks; `import()` itself
    // carries the importing script's nonce. A nonce-only host turns the helper off, as here, or
    // gives Vite the nonce (`html.cspNonce`).
    build: { outDir, emptyOutDir: true, target: 'es2022', modulePreload: false, rolldownOptions: { input: join(repo, 'demo/index.html') } },
  });
}

const outDir = mkdtempSync(join(tmpdir(), 'xs2a-strict-'));
const reports = [];
const { toNodeListener } = await tsImport('../../src/node/index.ts', import.meta.url);
const api = await createDemoApi({ log: (line) => console.log(line) });
const simulator = toNodeListener(api.simulator, { prefix: '/klarna' });
const backend = toNodeListener(api.backend, { prefix: '/api' });
let server;
let browser;
let tab;
let failed = false;
const pageErrors = [];
/** What the page's listener collected so far. */
const violations = () => tab.evaluate(() => [...window.__violations]);
try {
  await buildDemo(outDir);
  const page = readFileSync(join(outDir, 'index.html'), 'utf8');
  /** Every script and module preload of the page gets this response's nonce. */
  const withNonce = (html, nonce) => html.replace(/<(script|link rel="modulepreload")(?=[\s>])/g, `<$1 nonce="${nonce}"`);
  let policy = '';

  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/klarna' || path.startsWith('/klarna/')) return simulator(req, res);
    if (path === '/api' || path.startsWith('/api/')) return backend(req, res);
    if (path === '/csp-report' && req.method === 'POST') {
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => {
        reports.push(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(204).end();
      });
      return undefined;
    }
    // No icon: Chromium asks for one anyway, and a 404 would read as a page error.
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (path === '/' || path === '/index.html') {
      const nonce = randomBytes(16).toString('base64');
      policy = policyFor(nonce);
      res.writeHead(200, {
        'content-type': types['.html'],
        'content-security-policy': policy,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      return res.end(withNonce(page, nonce));
    }
    return api.configMiddleware(req, res, () => {
      const file = normalize(join(outDir, path));
      if (!file.startsWith(outDir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff' });
      return res.end(readFileSync(file));
    });
  });
  await new Promise((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  api.listening(url);

  browser = await puppeteer.launch({ executablePath: await resolveChromePath(), headless: true, args: chromeArgs });
  tab = await browser.newPage();
  await tab.setViewport({ width: 1100, height: 900 });
  tab.on('pageerror', (error) => pageErrors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  // Before any script of the page: every violation, also those inside shadow roots (the event
  // is composed) and those Chromium dispatches on the document.
  await tab.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        window.__violations.push(`${event.effectiveDirective} ${event.blockedURI}${event.sample ? ` "${event.sample}"` : ''} at ${event.sourceFile}:${event.lineNumber}`);
      },
      true,
    );
  });
  const response = await tab.goto(url, { waitUntil: 'networkidle0' });
  if (response?.headers()['content-security-policy'] !== policy) throw new Error('the page came without its policy');
  const app = '[data-xs2a-simulator] >>> ';
  const report = 'xs2a-report >>> ';

  // Connect: the launcher is injected by the element, with the nonce, through the policy.
  await tab.click('xs2a-connect >>> button');
  await tab.waitForSelector(`${app}#xs2a-bank-code`, { timeout: 10_000 });
  const launcher = await tab.$$eval('script[data-xs2a-launcher]', (tags) => tags.map((tag) => ({ src: tag.src, nonce: tag.nonce })));
  if (launcher.length !== 1 || !launcher[0].nonce) throw new Error(`expected one nonced launcher script, found ${JSON.stringify(launcher)}`);
  await tab.type(`${app}#xs2a-bank-code`, '00000');
  await tab.click(`${app}form[data-step="bank"] button[type="submit"]`);
  await tab.waitForSelector(`${app}#xs2a-username`);
  await tab.type(`${app}#xs2a-username`, 'acin-demo-data');
  await tab.type(`${app}#xs2a-password`, 'acin-demo-data');
  await tab.click(`${app}form[data-step="login"] button[type="submit"]`);
  await tab.waitForSelector(`${app}form[data-step="select-account"]`, { timeout: 10_000 });
  await tab.click(`${app}form[data-step="select-account"] button[type="submit"]`);

  // The report loads by itself once the connect element finishes.
  await tab.waitForSelector(`${report}[part="result-count"]`, { timeout: 15_000 });
  const state = await tab.$eval('xs2a-connect', (element) => element.getAttribute('state'));
  if (state !== 'finished') throw new Error(`<xs2a-connect> ended in state ${state}`);
  // The list renders the rows in view only.
  const showList = async () => {
    await tab.$eval('xs2a-report', (element) => element.shadowRoot.querySelector('xs2a-transaction-list').scrollIntoView());
    await tab.waitForSelector(`${report}xs2a-transaction-list >>> [role="option"]`, { timeout: 10_000 });
  };
  await showList();
  const count = await tab.$eval(`${report}[part="result-count"]`, (element) => element.textContent.trim());
  const total = Number(/\d+/.exec(count)?.[0] ?? 0);
  if (total < 20) throw new Error(`expected a report with transactions, found "${count}"`);

  // Use the report: each of these renders templates the first paint did not. Clicks go through
  // the DOM, so that a layout shift cannot make one miss; each is checked by what it changed.
  const used = [];
  const settle = () => tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const press = async (selector) => {
    await tab.$eval(selector, (element) => element.click());
    await settle();
  };
  const attribute = (selector, name) => tab.$eval(selector, (element, name) => element.getAttribute(name), name);
  const expect = async (selector, name, value, what) => {
    const actual = await attribute(selector, name);
    if (actual !== value) throw new Error(`${what}: ${name} is ${actual}, expected ${value}`);
  };
  const search = `${report}[part="toolbar"] input[type="search"]`;
  await tab.type(search, 'rewe');
  await settle();
  const found = await tab.$eval(`${report}[part="result-count"]`, (element) => element.textContent.trim());
  if (found === count) throw new Error(`a search for "rewe" changed nothing: ${found}`);
  await tab.$eval(search, (input) => {
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  });
  used.push('search');
  const category = `${report}xs2a-category-chart >>> [part="category"]`;
  await press(category);
  await expect(category, 'aria-pressed', 'true', 'a category click');
  await press(category);
  await expect(category, 'aria-pressed', 'false', 'a second category click');
  used.push('category filter');
  await tab.focus(`${report}xs2a-balance-chart >>> [part="chart"]`);
  await tab.keyboard.press('ArrowLeft');
  await tab.keyboard.press('Home');
  await settle();
  const cursor = await tab.$eval(`${report}xs2a-balance-chart >>> [part~="cursor"]`, (element) => element.style.left);
  if (cursor !== '0%') throw new Error(`Home put the balance cursor at left ${cursor}`);
  const toggle = `${report}xs2a-balance-chart >>> [part="table-toggle"]`;
  await press(toggle);
  await expect(toggle, 'aria-expanded', 'true', 'the balance table toggle');
  used.push('balance cursor and table');
  const privacy = `${report}[part="result-bar"] button[aria-pressed]`;
  await press(privacy);
  await expect(privacy, 'aria-pressed', 'true', 'privacy mode');
  await press(privacy);
  await expect(privacy, 'aria-pressed', 'false', 'privacy mode off');
  used.push('privacy mode');
  const iban = `${report}[part="header"] .link-button`;
  await press(iban);
  await expect(iban, 'aria-pressed', 'true', 'the IBAN button');
  used.push('IBAN');
  await tab.select('#settings select[name="theme"]', 'dark');
  await tab.select('#settings select[name="language"]', 'de');
  await settle();
  await expect('xs2a-report', 'theme', 'dark', 'the demo’s theme setting');
  used.push('dark theme, German');
  await showList();
  await press(`${report}xs2a-transaction-list >>> [role="option"]`);
  used.push('row');
  const selected = await tab.$eval('#log', (element) => element.textContent);
  if (!selected.startsWith('Selected:')) throw new Error(`a row click did not select a transaction: "${selected}"`);

  const seen = await violations();
  if (seen.length > 0) throw new Error(`${seen.length} violation(s):\n  ${seen.join('\n  ')}`);
  if (pageErrors.length > 0) throw new Error(`the page reported errors:\n  ${pageErrors.join('\n  ')}`);
  const reportsBefore = reports.length;
  if (reportsBefore > 0) throw new Error(`the server received ${reportsBefore} violation report(s): ${reports.join('\n')}`);

  // The canary: an HTML string into a sink, and an inline script. Both must be blocked and seen.
  const canary = await tab.evaluate(() => {
    const outcome = [];
    try {
      document.createElement('div').innerHTML = '<img src=x>';
      outcome.push('innerHTML allowed');
    } catch {
      outcome.push('innerHTML blocked');
    }
    const script = document.createElement('script');
    try {
      script.textContent = 'window.__inline = true';
      document.body.append(script);
    } catch {
      // Trusted Types refuses the text before CSP sees the tag.
    }
    outcome.push(window.__inline ? 'inline script ran' : 'inline script blocked');
    return outcome;
  });
  await tab.waitForFunction(() => window.__violations.length >= 2, { timeout: 5000 }).catch(() => undefined);
  const caught = await violations();
  for (let wait = 0; wait < 40 && reports.length < 1; wait++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (canary.join() !== 'innerHTML blocked,inline script blocked') throw new Error(`the policy is not enforced: ${canary.join(', ')}`);
  if (!caught.some((line) => line.startsWith('require-trusted-types-for'))) throw new Error(`the listener missed the canary: ${caught.join('; ')}`);
  if (reports.length === 0) throw new Error('the report-uri received none of the canary violations');

  mkdirSync('.test-results', { recursive: true });
  await tab.evaluate(() => window.scrollTo(0, 0));
  await tab.screenshot({ path: '.test-results/strict-page.png', fullPage: true });
  console.log(
    `strict page check: ok — 0 violations, 0 page errors: connect (nonced launcher) → test bank → report of ${total} transactions → ${used.join(', ')}; ` +
      `canary caught (${caught.length} event(s), ${reports.length} report(s)); screenshot .test-results/strict-page.png`,
  );
} catch (error) {
  failed = true;
  console.error(`strict page check failed: ${error instanceof Error ? error.message : String(error)}`);
  const seen = tab ? await violations().catch(() => []) : [];
  for (const line of [...seen, ...pageErrors, ...reports]) console.error(`  ${line}`);
  mkdirSync('.test-results', { recursive: true });
  await tab?.screenshot({ path: '.test-results/strict-page-failure.png' }).catch(() => undefined);
} finally {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
  await api.close();
  rmSync(outDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
