/**
 * Bundle size: what a page transfers from the CDN build with `<xs2a-connect>`, `<xs2a-report>` or
 * both (every file it loads, each gzipped on its own, summed; checked against the files headless
 * Chromium actually requests), `<xs2a-connect>` and `<xs2a-report>` alone as a host's bundler
 * tree-shakes them from the npm output (with lit and zod bundled, and with them left external),
 * and the peers' published loaders bundled the same way from their npm packages. Then the
 * targets (`targets` in bench/size-budget.json), met or missed, and what each page and element is
 * made of: per file, per package and per module, and what each part adds.
 *
 * Run `npm run bench` (builds first), or `node bench/bundle-size.mjs` after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { version as viteVersion } from 'vite';
import { chromeArgs, resolveChromePath } from '../scripts/test-runner/chrome-path.mjs';
import {
  breakdown,
  buildCdnInMemory,
  bundleEntry,
  compressedSizes,
  elementEntry,
  gzipSize,
  measureOurOutputs,
  projectRoot,
} from '../scripts/check/size-measure.mjs';

if (!existsSync(join(projectRoot, 'dist', 'cdn', 'xs2a-elements.js'))) {
  throw new Error('dist/ is missing: run `npm run build` first');
}

const kB = 1024;
const budget = JSON.parse(readFileSync(join(projectRoot, 'bench', 'size-budget.json'), 'utf8'));

const versionOf = (name) => JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
const isReact = (id) => /^react(-dom)?(\/|$)/.test(id);
const peers = [
  {
    label: `react-plaid-link ${versionOf('react-plaid-link')}, \`usePlaidLink\` (react, react-dom external)`,
    source: "export { usePlaidLink } from 'react-plaid-link';",
    external: isReact,
  },
  {
    label: `connect-web-sdk ${versionOf('connect-web-sdk')} (Mastercard Open Banking Connect), \`Connect\``,
    source: "export { Connect } from 'connect-web-sdk';",
  },
  {
    label: `@finapi/web-form ${versionOf('@finapi/web-form')}, \`load\` and \`unload\``,
    source: "export { load, unload } from '@finapi/web-form';",
  },
];
// Bundlers pick react-plaid-link's UMD file through its `browser` field; its ESM file, for reference.
const plaidEsm = {
  source: `export { usePlaidLink } from ${JSON.stringify(join(projectRoot, 'node_modules/react-plaid-link/dist/index.esm.js'))};`,
  external: isReact,
};

const cdn = await buildCdnInMemory();
const ours = await measureOurOutputs(projectRoot, { cdnChunks: cdn.chunks, sourcemap: true });
const peerSizes = [];
for (const peer of peers) {
  const chunk = await bundleEntry({ source: peer.source, external: peer.external });
  peerSizes.push({ label: peer.label, ...compressedSizes(chunk.code) });
}
const plaidEsmSizes = compressedSizes((await bundleEntry(plaidEsm)).code);

/**
 * What Chromium requests for each page from the CDN build: the pages served on loopback from the
 * in-memory build, each in a fresh context, every script response recorded until the page's tags
 * are defined and the network is idle.
 */
async function requestedFiles(pages) {
  const byPath = new Map(cdn.chunks.map((chunk) => [`/${chunk.fileName}`, chunk.code]));
  const server = createServer((request, response) => {
    const { pathname, searchParams } = new URL(request.url, 'http://localhost');
    if (byPath.has(pathname)) return response.writeHead(200, { 'content-type': 'text/javascript' }).end(byPath.get(pathname));
    if (pathname !== '/') return response.writeHead(404).end();
    const body = searchParams.getAll('tag').map((tag) => `<${tag}></${tag}>`).join('');
    return response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><script type="module" src="/xs2a-elements.js"></script>${body}`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: await resolveChromePath(), headless: true, args: chromeArgs });
  try {
    const results = new Map();
    for (const page of pages) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const files = [];
      tab.on('response', (response) => {
        const { pathname } = new URL(response.url());
        if (byPath.has(pathname)) files.push(pathname.slice(1));
      });
      const query = page.tags.map((tag) => `tag=${tag}`).join('&');
      await tab.goto(`http://127.0.0.1:${server.address().port}/?${query}`, { waitUntil: 'networkidle' });
      // Polled: awaiting `whenDefined` would load the tag itself.
      await tab.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), page.tags);
      if (page.lazy) {
        // Every part shown: a report, its views' place below the list in view, a row's detail open.
        await tab.evaluate(() => {
          document.querySelector('xs2a-report').report = { data: { accounts: [{ insights_account_id: 'a', transactions: [{ id: 't', date: '2024-01-02', reference: 'Rewe' }] }] } };
        });
        await tab.waitForFunction(() => document.querySelector('xs2a-report').shadowRoot?.querySelector('[part="insights"]'));
        await tab.evaluate(() => document.querySelector('xs2a-report').shadowRoot.querySelector('[part="insights"]').scrollIntoView());
        await tab.waitForFunction(() => customElements.get('xs2a-affordability'));
        // And a transaction's detail open.
        await tab.waitForFunction(() => document.querySelector('xs2a-report').shadowRoot.querySelector('xs2a-transaction-list')?.shadowRoot?.querySelector('[role="option"]'));
        await tab.evaluate(() => document.querySelector('xs2a-report').shadowRoot.querySelector('xs2a-transaction-list').shadowRoot.querySelector('[role="option"]').click());
        await tab.waitForFunction(() => customElements.get('xs2a-transaction-detail'));
        // And the controls whose code loads on first use: the filters, custom dates, the export.
        await tab.evaluate(async () => {
          const report = document.querySelector('xs2a-report');
          const root = report.shadowRoot;
          root.querySelector('[part="filters-button"]').click();
          await report.updateComplete;
          const period = root.querySelector('[part="period"]');
          period.value = 'custom';
          period.dispatchEvent(new Event('change'));
          await report.updateComplete;
          await report.toCsv();
        });
      }
      await tab.waitForLoadState('networkidle');
      results.set(page.key, files.sort());
      await context.close();
    }
    return { results, version: browser.version() };
  } finally {
    await browser.close();
    server.close();
  }
}
const pages = ours.filter((row) => row.tags);
const { results: requested, version: chromiumVersion } = await requestedFiles(pages);

const fmt = (bytes) => `${(bytes / kB).toFixed(1)} kB`;
const count = (value) => value.toLocaleString('en');
const cpu = cpus();
const lines = [
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; Vite ${viteVersion}; Chromium ${chromiumVersion} (which files a page requests)`,
  'Minified bytes, gzip level 9 and brotli quality 11 (node:zlib); 1 kB = 1,024 bytes. A CDN page: every file of `dist/cdn/` it loads, each',
  'compressed on its own (as a server sends them), summed. An element from npm: a one-line entry importing `dist/<element>/define.js`,',
  "bundled by Vite in library mode into one minified ES file, as a host's production build would; \"own code\" leaves lit, @lit/*",
  'and zod to the host. Peers: their npm packages bundled the same way.',
  '',
  '| output | files | minified | gzip | brotli |',
  '|---|---|---|---|---|',
  ...ours.map((row) => `| ${row.label} | ${row.files ?? 1} | ${fmt(row.min)} | ${fmt(row.gzip)} | ${fmt(row.brotli)} |`),
  ...peerSizes.map((row) => `| peer: ${row.label} | 1 | ${fmt(row.min)} | ${fmt(row.gzip)} | ${fmt(row.brotli)} |`),
  '',
  `react-plaid-link is measured as bundlers resolve it (its \`browser\` field, a UMD file, not tree-shaken); its ESM file gives ${fmt(plaidEsmSizes.min)} minified, ${fmt(plaidEsmSizes.gzip)} gzip. Each peer's loader only injects its vendor's script or iframe and validates nothing.`,
  '',
];
for (const page of pages) {
  const expected = page.chunks.map((chunk) => chunk.fileName).sort();
  const actual = requested.get(page.key);
  const same = JSON.stringify(expected) === JSON.stringify(actual);
  lines.push(same
    ? `Chromium requested exactly the ${actual.length} files counted for ${page.label.replace(/: every file it loads$/, '')}.`
    : `WARNING: for ${page.label}, Chromium requested ${actual.join(', ')}; counted: ${expected.join(', ')}.`);
}
lines.push('', 'Targets (gzip):');
for (const [key, limit] of Object.entries(budget.targets)) {
  const row = ours.find((candidate) => candidate.key === key);
  const over = row.gzip - limit;
  lines.push(`- ${row.label} ≤ ${fmt(limit)}: ${over <= 0 ? 'met' : 'MISSED'} (${fmt(row.gzip)}, ${count(row.gzip)} bytes; ${fmt(Math.abs(over))} ${over <= 0 ? 'under' : 'over'})`);
}

function breakdownTable(title, parts, topModules) {
  const { packages, modules, unattributed } = parts;
  return [
    '',
    `### ${title}`,
    '',
    'Per package: rendered is the code Rolldown keeps from each module before minification (`renderedLength`); minified is the bytes of the minified files the source maps attribute to it; gzip alone is the gzip of those bytes by themselves (more than their share of a whole file).',
    '',
    '| package | modules | rendered | minified | gzip alone |',
    '|---|---|---|---|---|',
    ...packages.map((row) => `| ${row.package} | ${row.modules} | ${fmt(row.rendered)} | ${fmt(row.min)} | ${fmt(row.gzip)} |`),
    `| (bundle glue, no source) | | | ${fmt(unattributed)} | |`,
    '',
    `Largest ${topModules} modules by rendered size:`,
    '',
    '| module | rendered | minified | gzip alone |',
    '|---|---|---|---|',
    ...modules.slice(0, topModules).map((row) => `| ${row.path} | ${count(row.rendered)} | ${count(row.min)} | ${count(row.gzip)} |`),
  ];
}

/** A page's files: each one's gzip (what it costs the page) and its largest modules. */
function pageFilesTable(page) {
  return [
    '',
    `${page.label.replace(/: every file it loads$/, '')}: per file, its gzip and what is in it (rendered bytes of its largest modules)`,
    '',
    '| file | gzip | largest modules |',
    '|---|---|---|',
    ...page.chunks
      .map((chunk) => ({ chunk, gzip: gzipSize(chunk.code) }))
      .sort((a, b) => b.gzip - a.gzip)
      .map(({ chunk, gzip }) => {
        const top = Object.entries(chunk.modules)
          .filter(([, module]) => module.renderedLength > 0)
          .sort((a, b) => b[1].renderedLength - a[1].renderedLength)
          .slice(0, 5)
          .map(([id, module]) => `${id.replace(/^.*node_modules\//, '').replace(`${projectRoot}/`, '')} ${count(module.renderedLength)}`);
        return `| ${chunk.fileName} | ${fmt(gzip)} | ${top.join(', ')} |`;
      }),
  ];
}

for (const key of ['page-connect', 'page-report']) {
  const page = ours.find((row) => row.key === key);
  lines.push(...pageFilesTable(page));
  lines.push(...breakdownTable(`${page.label} (${fmt(page.gzip)} gzip)`, breakdown(page.chunks, { mapDir: cdn.mapDir, root: projectRoot }), 25));
}
const connect = ours.find((row) => row.key === 'connect');
lines.push(...breakdownTable(
  `\`<xs2a-connect>\` from npm with lit and zod (${fmt(connect.gzip)} gzip)`,
  breakdown(connect.chunk, { mapDir: join(projectRoot, 'dist'), root: projectRoot }),
  20,
));

// What each part adds: the gzip of a bundle minus the gzip of the same bundle with that part left
// out (external).
const parts = {
  zod: (id) => /^zod(\/|$)/.test(id),
  'lit (lit, lit-html, lit-element, @lit/reactive-element)': (id) => /^(lit|lit-html|lit-element)(\/|$)/.test(id) || id.startsWith('@lit/reactive-element'),
  'i18n catalogs (src/i18n/en, de, sv)': (id) => /i18n\/(en|de|sv)\.js$/.test(id),
  'the package\'s schemas and parsePayload (src/schemas, src/validation), with the zod they pull in': (id) => /\/(schemas|validation)\/[^/]+\.js$/.test(id),
  'the report model (src/model/normalize-report)': (id) => /model\/normalize-report\.js$/.test(id),
  'the balance chart': (id) => /balance-chart\/xs2a-balance-chart\.js$/.test(id),
  'the category chart': (id) => /category-chart\/xs2a-category-chart\.js$/.test(id),
  'launcher loader': (id) => /launcher\/launcher-loader\.js$/.test(id),
  'host-backend client': (id) => /host-api\/host-client\.js$/.test(id),
  'connect styles': (id) => /connect\/xs2a-connect\.styles\.js$/.test(id),
};
async function marginal(source, names) {
  const whole = gzipSize((await bundleEntry({ source })).code);
  const rows = [];
  for (const name of names) {
    const without = gzipSize((await bundleEntry({ source, external: parts[name] })).code);
    rows.push(`| ${name} | ${fmt(whole - without)} |`);
  }
  return { whole, rows };
}
const connectOnly = ['launcher loader', 'connect styles'];
const reportOnly = ['the report model (src/model/normalize-report)', 'the balance chart', 'the category chart'];
const connectParts = await marginal(elementEntry(projectRoot, 'connect'), Object.keys(parts).filter((name) => !reportOnly.includes(name)));
const reportParts = await marginal(elementEntry(projectRoot, 'report'), Object.keys(parts).filter((name) => !connectOnly.includes(name)));
lines.push(
  '',
  '### What each part adds (gzip of the bundle minus the same bundle with that part external)',
  '',
  `\`<xs2a-connect>\` from npm with lit and zod (${fmt(connectParts.whole)}):`,
  '',
  '| part | adds |',
  '|---|---|',
  ...connectParts.rows,
  '',
  `\`<xs2a-report>\` from npm with lit and zod (${fmt(reportParts.whole)}):`,
  '',
  '| part | adds |',
  '|---|---|',
  ...reportParts.rows,
);
console.log(lines.join('\n'));
