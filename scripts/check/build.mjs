/**
 * Proves both builds register every tag. The CDN files are built into a temporary folder and the
 * entry is loaded on a blank page under a strict CSP (nonce only) in headless Chromium, where it
 * loads the elements' chunks and shows a report's row;
 * the npm output's `define.js` must import each
 * element's define module, each must call `defineElement`, and the package must export each. A bundler that took the define
 * modules for side-effect free would ship files that register nothing.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { chromeArgs, resolveChromePath } from '../test-runner/chrome-path.mjs';

/** Each tag and the folder of its define module. */
const folders = {
  'xs2a-connect': 'connect',
  'xs2a-report': 'report',
  'xs2a-transaction-list': 'transaction-list',
  'xs2a-transaction-detail': 'transaction-detail',
  'xs2a-category-chart': 'category-chart',
  'xs2a-balance-chart': 'balance-chart',
  'xs2a-cash-flow': 'cash-flow',
  'xs2a-commitments': 'commitments',
  'xs2a-affordability': 'affordability',
};
const tags = Object.keys(folders);
const outDir = mkdtempSync(join(tmpdir(), 'xs2a-cdn-'));
const npmDir = mkdtempSync(join(tmpdir(), 'xs2a-npm-'));
let failed = false;
try {
  await build({ logLevel: 'warn', build: { outDir: npmDir, emptyOutDir: true } });
  const defineAll = readFileSync(join(npmDir, 'define.js'), 'utf8');
  for (const [tag, folder] of Object.entries(folders)) {
    const file = join(npmDir, folder, 'define.js');
    if (!defineAll.includes(`./${folder}/define.js`)) throw new Error(`the npm define.js does not import ./${folder}/define.js`);
    if (!existsSync(file) || !readFileSync(file, 'utf8').includes(`defineElement("${tag}"`)) throw new Error(`the npm ${folder}/define.js does not register <${tag}>`);
  }
  // A host that wants one element imports its define module through the package's exports.
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const folder of Object.values(folders)) {
    if (exports[`./${folder}/define.js`]?.default !== `./dist/${folder}/define.js`) throw new Error(`package.json exports no ./${folder}/define.js`);
  }

  await build({ mode: 'cdn', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const files = readdirSync(outDir, { recursive: true }).filter((file) => file.endsWith('.js'));
  const code = readFileSync(join(outDir, 'xs2a-elements.js'));
  // The chunks load under a policy that allows only the nonced entry: imports inherit its nonce.
  // The report defines its list and charts; the detail and the views load when shown, so the page shows them too.
  const page = `<!doctype html><html lang="en"><head><script type="module" nonce="n0nce" src="/xs2a-elements.js"></script></head>
    <body><xs2a-connect endpoint="/api">Connect</xs2a-connect><xs2a-report></xs2a-report><xs2a-transaction-detail></xs2a-transaction-detail>
    <xs2a-cash-flow></xs2a-cash-flow><xs2a-commitments></xs2a-commitments><xs2a-affordability></xs2a-affordability></body></html>`;
  const server = createServer((request, response) => {
    const file = request.url.slice(1);
    if (files.includes(file)) response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(outDir, file)));
    else if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "script-src 'nonce-n0nce'; object-src 'none'; base-uri 'none'" }).end(page);
    else response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: await resolveChromePath(), headless: true, args: chromeArgs });
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    const missing = await tab.evaluate(async (names) => {
      // Polled, not awaited with `whenDefined` (which would load a tag itself): the tags on the
      // page must be found by the loader.
      for (let wait = 0; wait < 100 && names.some((name) => !customElements.get(name)); wait += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return names.filter((name) => !customElements.get(name));
    }, tags);
    const label = await tab.evaluate(() => document.querySelector('xs2a-connect')?.shadowRoot?.querySelector('button') !== null);
    // A report with one transaction must show its row: the list's windowing is inside.
    const row = await tab.evaluate(async () => {
      const report = document.querySelector('xs2a-report');
      report.report = { data: { accounts: [{ insights_account_id: 'a', transactions: [{ id: 't', date: '2024-01-02', reference: 'Rewe' }] }] } };
      for (let frame = 0; frame < 60; frame += 1) {
        const name = report.shadowRoot.querySelector('xs2a-transaction-list')?.shadowRoot?.querySelector('[role="option"] [part="name"]');
        if (name) return name.textContent;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return undefined;
    });
    if (row !== 'Rewe') throw new Error('<xs2a-report> from the CDN file shows no transaction row');
    if (missing.length > 0) throw new Error(`the CDN file does not register ${missing.join(', ')}`);
    if (!label) throw new Error('<xs2a-connect> from the CDN file renders no button');
    if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
    console.log(`npm output and CDN files register all ${tags.length} tags; the CDN entry (${(code.length / 1024).toFixed(1)} kB minified) loads ${files.length - 1} chunks under a strict CSP and shows a report`);
  } finally {
    await browser.close();
    server.close();
  }
} catch (error) {
  failed = true;
  console.error(`build check failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(npmDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
