/**
 * Report at scale, in headless Chromium on the built package (`dist/cdn/`, its entry and chunks):
 * for 100, 1k, 10k and 100k transactions, the time from setting `.report` to the first painted
 * rows, next to `JSON.parse` alone on the same text in the same page and to a naive Lit element
 * that renders every row (in a fresh page of its own); DOM nodes and JS heap after GC. The clock
 * starts at the assignment, as the host has parsed the payload by then; the table also prints
 * each time with that parse added. Then, at the largest size, search keystrokes, a category
 * filter, a sort change and scrolling. Medians of 5 runs (a warm-up run excluded), each in a
 * fresh browser context (playwright-core, the browser the tests use).
 *
 * Run `npm run bench` (builds first), or `node bench/report-scale.mjs` after `npm run build`;
 * `BENCH_SIZES=100,1000` and `BENCH_RUNS=9` choose the sizes and the number of runs.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { tsImport } from 'tsx/esm/api';
import { chromeArgs, resolveChromePath } from '../scripts/test-runner/chrome-path.mjs';

const loadAtStart = loadavg()[0];
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000,100000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const cdnFile = new URL('../dist/cdn/xs2a-elements.js', import.meta.url);
if (!existsSync(cdnFile)) throw new Error('dist/cdn/xs2a-elements.js is missing: run `npm run build` first');

const { createSampleReport } = await tsImport('../src/simulator/sample-report.ts', import.meta.url);
const naive = await build({
  configFile: false,
  logLevel: 'silent',
  build: { write: false, minify: true, lib: { entry: new URL('naive-report.ts', import.meta.url).pathname, formats: ['es'], fileName: 'naive' } },
});
const naiveCode = naive[0].output[0].code;
const payloads = new Map(sizes.map((size) => [size, JSON.stringify(createSampleReport({ count: size }))]));

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/xs2a-elements.js"></script><script type="module" src="/naive.js"></script>
<style>body{margin:0;font:14px system-ui} xs2a-report{--xs2a-list-height:600px}</style></head><body></body></html>`;

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const send = (type, body) => response.writeHead(200, { 'content-type': type }).end(body);
  if (url.pathname === '/') return send('text/html', page);
  // The CDN entry and the chunks it imports, from dist/cdn/.
  const cdnPath = new URL(`.${url.pathname}`, cdnFile);
  if (url.pathname.endsWith('.js') && cdnPath.href.startsWith(new URL('.', cdnFile).href) && existsSync(cdnPath)) return send('text/javascript', readFileSync(cdnPath));
  if (url.pathname === '/naive.js') return send('text/javascript', naiveCode);
  const size = /^\/payload-(\d+)\.json$/.exec(url.pathname)?.[1];
  if (size && payloads.has(Number(size))) return send('application/json', payloads.get(Number(size)));
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: await resolveChromePath(), headless: true, args: chromeArgs });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Opens the bench page in a fresh context with the payload's text loaded but not parsed. */
async function freshPage(size) {
  // Tall enough that the list sits in the viewport under the header, summary and charts.
  const context = await browser.newContext({ viewport: { width: 1200, height: 2400 } });
  const tab = await context.newPage();
  await tab.bringToFront();
  await tab.goto(`${origin}/`);
  await tab.evaluate(async (url) => {
    await customElements.whenDefined('xs2a-report');
    window.benchText = await (await fetch(url)).text();
  }, `/payload-${size}.json`);
  return { tab, context, close: () => context.close() };
}

/** Runs in the page: resolves once the next frame has been painted. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function measureCell(size) {
  const { tab, context, close } = await freshPage(size);
  const cdp = await context.newCDPSession(tab);
  const result = await tab.evaluate(async (paintedSource) => {
    const painted = new Function(`return (${paintedSource})()`);
    await painted();
    let start = performance.now();
    JSON.parse(window.benchText);
    const parse = performance.now() - start;

    const report = document.createElement('xs2a-report');
    document.body.append(report);
    await report.updateComplete;
    // The host's own parse happens before the assignment: outside the clock, printed beside it.
    const value = JSON.parse(window.benchText);
    start = performance.now();
    report.report = value;
    // The first frame with a transaction row in it, painted: looked for in each frame before its
    // paint, then a task after that paint. Not `updateComplete`, which also waits for the charts
    // that follow the first rows.
    const hasRows = () => report.shadowRoot.querySelector('xs2a-transaction-list')?.shadowRoot?.querySelector('[part~="row"]');
    do await new Promise((resolve) => requestAnimationFrame(resolve));
    while (!hasRows());
    await new Promise((resolve) => setTimeout(resolve, 0));
    const firstRows = performance.now() - start;
    await report.updateComplete;
    // Every node (elements, text, lit's marker comments) and the elements alone, in the light DOM
    // and every shadow root below the element.
    const countNodes = (root) => {
      const count = { all: 0, elements: 0 };
      const walk = (node) => {
        count.all += 1;
        if (node.nodeType === Node.ELEMENT_NODE) count.elements += 1;
        if (node.shadowRoot) walk(node.shadowRoot);
        for (const child of node.childNodes) walk(child);
      };
      walk(root);
      return count;
    };
    const { all: nodes, elements } = countNodes(report);
    report.remove();
    return { parse, firstRows, nodes, elements };
  }, painted.toString());
  // Heap of the viewer alone, after garbage collection.
  await tab.evaluate(async () => {
    const report = document.createElement('xs2a-report');
    document.body.append(report);
    report.report = JSON.parse(window.benchText);
    window.benchText = undefined;
    await report.updateComplete;
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await close();
  return { ...result, ...(await measureNaive(size)), heapMb: usedSize / 1e6 };
}

/**
 * The naive element in a fresh page of its own: measured after ours in the same page, it found
 * the page's first layout (fonts and all) already done.
 */
async function measureNaive(size) {
  const { tab, close } = await freshPage(size);
  const result = await tab.evaluate(async (paintedSource) => {
    const painted = new Function(`return (${paintedSource})()`);
    await painted();
    const countNodes = (root) => {
      const count = { all: 0, elements: 0 };
      const walk = (node) => {
        count.all += 1;
        if (node.nodeType === Node.ELEMENT_NODE) count.elements += 1;
        if (node.shadowRoot) walk(node.shadowRoot);
        for (const child of node.childNodes) walk(child);
      };
      walk(root);
      return count;
    };
    const naive = document.createElement('naive-report');
    document.body.append(naive);
    const value = JSON.parse(window.benchText);
    const start = performance.now();
    naive.report = value;
    await naive.updateComplete;
    await painted();
    const naiveMs = performance.now() - start;
    const { all: naiveNodes, elements: naiveElements } = countNodes(naive);
    naive.remove();
    return { naiveMs, naiveNodes, naiveElements };
  }, painted.toString());
  await close();
  return result;
}

async function measureInteractions(size) {
  const { tab, close } = await freshPage(size);
  const result = await tab.evaluate(async (paintedSource) => {
    const painted = new Function(`return (${paintedSource})()`);
    const report = document.createElement('xs2a-report');
    document.body.append(report);
    report.report = JSON.parse(window.benchText);
    await report.updateComplete;
    const root = report.shadowRoot;
    const list = root.querySelector('xs2a-transaction-list');
    list.scrollIntoView();
    await painted();
    // Work: until both elements have rendered. Painted: until the next frame is on screen, which
    // adds the wait for that frame (up to 16.7 ms at 60 Hz). A real key press comes at any moment
    // of a frame, so each action waits `phase` ms after a frame first; keystrokes spread over it.
    const workTimes = [];
    const timed = async (action, phase = 0) => {
      await new Promise((resolve) => setTimeout(resolve, phase));
      const start = performance.now();
      action();
      await report.updateComplete;
      await root.querySelector('xs2a-transaction-list')?.updateComplete;
      workTimes.push(performance.now() - start);
      await painted();
      return performance.now() - start;
    };
    const search = root.querySelector('input[type="search"]');
    const keystrokes = [];
    const texts = ['r', 're', 'rew', 'rewe', 'rew', 're', 'r', '', 'l', 'li', 'lid', 'lidl', ''];
    for (const [index, text] of texts.entries()) {
      const phase = (((index * 5) % texts.length) / texts.length) * (1000 / 60);
      keystrokes.push(await timed(() => {
        search.value = text;
        search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }, phase));
    }
    const categorySelect = [...root.querySelectorAll('label')].find((label) => label.textContent.trim().startsWith('Category')).querySelector('select');
    const category = await timed(() => {
      categorySelect.value = categorySelect.options[1].value;
      categorySelect.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
    await timed(() => {
      categorySelect.value = '*';
      categorySelect.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
    const sortSelect = [...root.querySelectorAll('label')].find((label) => label.textContent.trim().startsWith('Sort')).querySelector('select');
    const sort = await timed(() => {
      sortSelect.value = 'largest-expense';
      sortSelect.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
    // Five seconds of programmatic scrolling, one step a frame: frame times and dropped frames.
    const scroller = root.querySelector('xs2a-transaction-list').shadowRoot.querySelector('[part="list"]');
    const frames = [];
    let last = performance.now();
    const end = last + 5000;
    while (performance.now() < end) {
      scroller.scrollTop += 120;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return { keystrokes, keystrokeWork: workTimes.slice(0, keystrokes.length), category, sort, frames };
  }, painted.toString());
  await close();
  return result;
}

const rows = [];
for (const size of sizes) {
  await measureCell(size); // warm-up, excluded
  const cells = [];
  for (let run = 0; run < runs; run += 1) cells.push(await measureCell(size));
  const pick = (key) => median(cells.map((cell) => cell[key]));
  rows.push({ size, parse: pick('parse'), firstRows: pick('firstRows'), naive: pick('naiveMs'), nodes: pick('nodes'), elements: pick('elements'), naiveNodes: pick('naiveNodes'), naiveElements: pick('naiveElements'), heap: pick('heapMb') });
}

const largest = Math.max(...sizes);
await measureInteractions(largest); // warm-up, excluded
const interactions = [];
for (let run = 0; run < runs; run += 1) interactions.push(await measureInteractions(largest));
const keystroke = median(interactions.flatMap((run) => run.keystrokes));
const keystrokeWork = median(interactions.flatMap((run) => run.keystrokeWork));
const category = median(interactions.map((run) => run.category));
const sort = median(interactions.map((run) => run.sort));
const frames = interactions.flatMap((run) => run.frames);
const frameMedian = median(frames);
const dropped = frames.filter((frame) => frame > 1000 / 60 * 1.5).length;

const version = await browser.version();
await browser.close();
server.close();

const fmt = (value, digits = 0) => value.toFixed(digits);
const mark = (ok) => (ok ? 'met' : 'MISSED');
const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30)} GiB, load average ${fmt(loadAtStart, 1)} at the start; Node ${process.version}; Chromium ${version} (playwright-core)`,
  `Medians of ${runs} runs after a warm-up, each in a fresh browser context; the built CDN file.`,
  '',
  '| transactions | JSON.parse | .report → first rows | ratio to JSON.parse | naive `repeat` element | speed-up over naive | with the host\'s JSON.parse: ours, naive, speed-up | DOM nodes, of which elements (naive) | JS heap after GC |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map((row) =>
    `| ${row.size.toLocaleString('en')} | ${fmt(row.parse)} ms | ${fmt(row.firstRows)} ms | ${fmt(row.firstRows / row.parse, 2)}× | ${fmt(row.naive)} ms | ${fmt(row.naive / row.firstRows, 1)}× | ${fmt(row.parse + row.firstRows)} ms, ${fmt(row.parse + row.naive)} ms, ${fmt((row.parse + row.naive) / (row.parse + row.firstRows), 1)}× | ${row.nodes}, ${row.elements} (${row.naiveNodes}, ${row.naiveElements}) | ${fmt(row.heap, 1)} MB |`),
  '',
  `Interaction at ${largest.toLocaleString('en')} transactions: search keystroke: rendered in ${fmt(keystrokeWork, 1)} ms, painted ${fmt(keystroke, 1)} ms (medians of ${interactions.length * 13}, keystrokes spread over the frame); category filter ${fmt(category, 1)} ms; sort change ${fmt(sort, 1)} ms; scrolling ${frames.length} frames, median ${fmt(frameMedian, 1)} ms, ${dropped} over 25 ms.`,
  '',
];
const small = rows.filter((row) => row.size <= 1000);
if (small.length > 0) {
  lines.push(`Targets for small reports: first rows ≤ 100 ms after \`.report\`: ${small.map((row) => `${row.size.toLocaleString('en')}: ${mark(row.firstRows <= 100)} (${fmt(row.firstRows)} ms)`).join('; ')}.`);
}
lines.push(`Faster than the naive element at every size: ${mark(rows.every((row) => row.firstRows < row.naive))} (${rows.map((row) => `${row.size.toLocaleString('en')}: ${fmt(row.naive / row.firstRows, 2)}×`).join(', ')}).`, '');
const top = rows.find((row) => row.size === largest);
if (top) {
  lines.push(`Targets at ${largest.toLocaleString('en')}: first rows ≤ 2× JSON.parse: ${mark(top.firstRows <= 2 * top.parse)} (${fmt(top.firstRows / top.parse, 2)}×); ≥ 20× faster than naive: ${mark(top.naive >= 20 * top.firstRows)} (${fmt(top.naive / top.firstRows, 1)}×); DOM nodes < 1,500: ${mark(top.nodes < 1500)} (${top.nodes}, of which ${top.elements} elements); search keystroke ≤ 16 ms to painted: ${mark(keystroke <= 16)} (${fmt(keystroke, 1)} ms; the rendering itself ${fmt(keystrokeWork, 1)} ms).`);
}
console.log(lines.join('\n'));
