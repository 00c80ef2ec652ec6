/**
 * Report at scale, in headless Chromium on the built package (`dist/cdn/`, its entry and chunks):
 * for 100, 1k, 10k and 100k transactions, the time from setting `.report` to the first painted
 * rows, next to `JSON.parse` alone on the same text in the same page and to a naive Lit element
 * that renders every row (in a fresh page of its own); DOM nodes and JS heap after GC. The clock
 * starts at the assignment, as the host has parsed the payload by then; the table also prints
 * each time with that parse added. Then, at the largest size, search keystrokes, a category
 * filter, a sort change, a period change and scrolling. Medians of 5 runs (a warm-up run excluded), each in a
 * fresh browser context (playwright-core, the browser the tests use).
 *
 * The first rows are measured twice, each in a fresh page, and both figures are printed:
 * - `.report` set as soon as the element has rendered its empty state: the worst case, nothing
 *   done ahead (a page that has its report before it adds the element);
 * - `.report` set after the element has sat through one idle period, as on a real page, which
 *   adds the element and then fetches the report (tens to hundreds of milliseconds): what the
 *   element prepares while it waits shows here. The naive element gets the same wait.
 * Besides, the time from navigation until `<xs2a-report>` is defined (its chunks fetched,
 * compiled and run), where work moved out of the first rows into loading would show.
 *
 * Run `npm run bench` (builds first), or `node bench/report-scale.mjs` after `npm run build`;
 * `BENCH_SIZES=100,1000` and `BENCH_RUNS=9` choose the sizes and the number of runs,
 * `BENCH_PARTS=interactions` (or `scale`) one part alone. `BENCH_BASELINE=<folder>` (another
 * build's `dist/cdn`, e.g. of the main branch) measures that build's first rows as well, in the
 * same runs, alternating with this one, and prints both side by side.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { tsImport } from 'tsx/esm/api';
import { chromeArgs, resolveChromePath } from '../scripts/test-runner/chrome-path.mjs';

const loadAtStart = loadavg()[0];
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000,100000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 5);
/** `scale` (first rows, naive element, heap) and `interactions` (at the largest size); both by default. */
const parts = new Set((process.env.BENCH_PARTS ?? 'scale,interactions').split(','));
const cdnFile = new URL('../dist/cdn/xs2a-elements.js', import.meta.url);
if (!existsSync(cdnFile)) throw new Error('dist/cdn/xs2a-elements.js is missing: run `npm run build` first');
/** The builds measured, each served under its own path: this one, and the one `BENCH_BASELINE` names. */
const builds = [{ name: 'this build', path: '/', file: cdnFile }];
if (process.env.BENCH_BASELINE) {
  const file = pathToFileURL(`${resolvePath(process.env.BENCH_BASELINE)}/xs2a-elements.js`);
  if (!existsSync(file)) throw new Error(`${process.env.BENCH_BASELINE} has no xs2a-elements.js: BENCH_BASELINE names a build's dist/cdn`);
  builds.push({ name: `baseline (${process.env.BENCH_BASELINE})`, path: '/baseline/', file });
}

const { createSampleReport } = await tsImport('../src/simulator/sample-report.ts', import.meta.url);
const naive = await build({
  configFile: false,
  logLevel: 'silent',
  build: { write: false, minify: true, lib: { entry: new URL('naive-report.ts', import.meta.url).pathname, formats: ['es'], fileName: 'naive' } },
});
const naiveCode = naive[0].output[0].code;
const payloads = new Map(sizes.map((size) => [size, JSON.stringify(createSampleReport({ count: size }))]));

// The CDN file is referenced relative to the page, so each build's page loads its own; the inline
// module runs after it and records when `<xs2a-report>` is defined (the autoloader loads it then).
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="xs2a-elements.js"></script><script type="module" src="/naive.js"></script>
<script type="module">customElements.whenDefined('xs2a-report').then(() => { window.benchDefined = performance.now(); });</script>
<style>body{margin:0;font:14px system-ui} xs2a-report{--xs2a-list-height:600px}</style></head><body></body></html>`;

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const send = (type, body) => response.writeHead(200, { 'content-type': type }).end(body);
  if (url.pathname === '/naive.js') return send('text/javascript', naiveCode);
  const size = /^\/payload-(\d+)\.json$/.exec(url.pathname)?.[1];
  if (size && payloads.has(Number(size))) return send('application/json', payloads.get(Number(size)));
  // A build's page, its CDN entry and the chunks it imports, from its dist/cdn/.
  const served = builds.findLast((candidate) => url.pathname.startsWith(candidate.path));
  if (url.pathname === served.path) return send('text/html', page);
  const folder = new URL('.', served.file);
  const file = new URL(`./${url.pathname.slice(served.path.length)}`, folder);
  if (url.pathname.endsWith('.js') && file.href.startsWith(folder.href) && existsSync(file)) return send('text/javascript', readFileSync(file));
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: await resolveChromePath(), headless: true, args: chromeArgs });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Opens a build's bench page in a fresh context with the payload's text loaded but not parsed;
 * `defined` is the time from navigation until `<xs2a-report>` was defined.
 */
async function freshPage(size, build = builds[0]) {
  // Tall enough that the list sits in the viewport under the header, summary and charts.
  const context = await browser.newContext({ viewport: { width: 1200, height: 2400 } });
  const tab = await context.newPage();
  await tab.bringToFront();
  await tab.goto(`${origin}${build.path}`);
  const defined = await tab.evaluate(async (url) => {
    await customElements.whenDefined('xs2a-report');
    window.benchText = await (await fetch(url)).text();
    return window.benchDefined;
  }, `/payload-${size}.json`);
  return { tab, context, defined, close: () => context.close() };
}

/** Runs in the page: resolves once the next frame has been painted. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Runs in the page: resolves after one idle period, the wait a real page has between adding the
 * element and the report's arrival. Work the page queued for idle time before it runs first.
 */
const idlePeriod = () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));

/**
 * Every node (elements, text, lit's marker comments) and the elements alone, in the light DOM and
 * every shadow root below `root`. Runs in the page, passed as source like `painted`.
 */
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

/** One build's first rows in a fresh page, `.report` set at once or after an idle period. */
async function measureFirstRows(size, build, { idle = false, heap = false } = {}) {
  const { tab, context, defined, close } = await freshPage(size, build);
  const cdp = await context.newCDPSession(tab);
  const result = await tab.evaluate(async ([paintedSource, countSource, idleSource, idle]) => {
    const painted = new Function(`return (${paintedSource})()`);
    await painted();
    let start = performance.now();
    JSON.parse(window.benchText);
    const parse = performance.now() - start;

    const report = document.createElement('xs2a-report');
    document.body.append(report);
    await report.updateComplete;
    if (idle) await new Function(`return (${idleSource})()`)();
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
    const countNodes = new Function(`return (${countSource})`)();
    const { all: nodes, elements } = countNodes(report);
    report.remove();
    return { parse, firstRows, nodes, elements };
  }, [painted.toString(), countNodes.toString(), idlePeriod.toString(), idle]);
  let heapMb;
  if (heap) {
    // Heap of the viewer alone, after garbage collection.
    await tab.evaluate(async () => {
      const report = document.createElement('xs2a-report');
      document.body.append(report);
      report.report = JSON.parse(window.benchText);
      window.benchText = undefined;
      await report.updateComplete;
    });
    await cdp.send('HeapProfiler.collectGarbage');
    heapMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
  }
  await close();
  return { ...result, defined, heapMb };
}

/** Each build's cells of one run (at once with the heap, after an idle period), then the naive element's. */
async function measureCell(size) {
  const cell = { builds: [] };
  for (const build of builds) {
    const atOnce = await measureFirstRows(size, build, { heap: true });
    const afterIdle = await measureFirstRows(size, build, { idle: true });
    cell.builds.push({ ...atOnce, firstRowsIdle: afterIdle.firstRows });
  }
  const atOnce = await measureNaive(size);
  const afterIdle = await measureNaive(size, { idle: true });
  return { ...cell, ...atOnce, naiveIdleMs: afterIdle.naiveMs };
}

/**
 * The naive element in a fresh page of its own: measured after ours in the same page, it found
 * the page's first layout (fonts and all) already done.
 */
async function measureNaive(size, { idle = false } = {}) {
  const { tab, close } = await freshPage(size);
  const result = await tab.evaluate(async ([paintedSource, countSource, idleSource, idle]) => {
    const painted = new Function(`return (${paintedSource})()`);
    await painted();
    const countNodes = new Function(`return (${countSource})`)();
    const naive = document.createElement('naive-report');
    document.body.append(naive);
    if (idle) {
      await naive.updateComplete;
      await new Function(`return (${idleSource})()`)();
    }
    const value = JSON.parse(window.benchText);
    const start = performance.now();
    naive.report = value;
    await naive.updateComplete;
    await painted();
    const naiveMs = performance.now() - start;
    const { all: naiveNodes, elements: naiveElements } = countNodes(naive);
    naive.remove();
    return { naiveMs, naiveNodes, naiveElements };
  }, [painted.toString(), countNodes.toString(), idlePeriod.toString(), idle]);
  await close();
  return result;
}

/**
 * Each interaction a user makes on a large report, as the toolbar's controls make it: the event
 * the control fires, then the report's and the list's renders, then the next painted frame. Work
 * is the time until both elements have rendered; painted adds the wait for the frame (up to
 * 16.7 ms at 60 Hz). A real input comes at any moment of a frame, so each action first waits a
 * phase after a frame, spread over the frame across the actions of a kind.
 */
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
    const timed = async (times, action, phase) => {
      await new Promise((resolve) => setTimeout(resolve, phase));
      const start = performance.now();
      action();
      await report.updateComplete;
      await root.querySelector('xs2a-transaction-list')?.updateComplete;
      const work = performance.now() - start;
      await painted();
      times.push({ work, painted: performance.now() - start });
    };
    const phaseOf = (index, count) => (((index * 5) % count) / count) * (1000 / 60);
    const change = (control, value, type = 'change') => () => {
      control.value = value;
      control.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    };
    const run = async (control, values, type) => {
      const times = [];
      for (const [index, value] of values.entries()) await timed(times, change(control, value, type), phaseOf(index, values.length));
      return times;
    };

    const search = root.querySelector('input[type="search"]');
    const keystrokes = await run(search, ['r', 're', 'rew', 'rewe', 'rew', 're', 'r', '', 'l', 'li', 'lid', 'lidl', ''], 'input');

    // Each pick a category not picked before, so that no earlier result can be reused; "All
    // categories" in between, which is not counted.
    // The filter controls' code loads when a person first opens them: open and close them once, untimed.
    const filtersButton = root.querySelector('[part="filters-button"]');
    filtersButton.click();
    await report.updateComplete;
    filtersButton.click();
    await report.updateComplete;
    const categorySelect = root.querySelector('[part="filters"] select');
    const categoryValues = [...categorySelect.options].map((option) => option.value).filter((value) => value !== '*' && value !== '+').slice(0, 6);
    const category = [];
    for (const [index, value] of categoryValues.entries()) {
      await timed(category, change(categorySelect, value), phaseOf(index, categoryValues.length));
      await timed([], change(categorySelect, '*'), 0);
    }

    // Every order once, each the first use of that order in the page, and back to the newest.
    const sortSelect = root.querySelector('.sort select');
    const sort = await run(sortSelect, ['largest-expense', 'oldest', 'largest-income', 'newest']);

    // The period picker: presets and back to all time.
    const periodSelect = root.querySelector('select[part="period"]');
    const period = await run(periodSelect, ['last-90-days', 'all', 'last-month', 'all', 'this-month', 'all']);

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
    return { keystrokes, category, sort, period, frames, categories: categoryValues.length };
  }, painted.toString());
  await close();
  return result;
}

const rows = [];
if (parts.has('scale')) {
  for (const size of sizes) {
    await measureCell(size); // warm-up, excluded
    const cells = [];
    for (let run = 0; run < runs; run += 1) cells.push(await measureCell(size));
    const pick = (key) => median(cells.map((cell) => cell[key]));
    // This build's row as before; every build's first rows, at once and after an idle period, beside it.
    const ofBuild = (index, key) => median(cells.map((cell) => cell.builds[index][key]));
    const perBuild = builds.map((build, index) => ({ name: build.name, firstRows: ofBuild(index, 'firstRows'), firstRowsIdle: ofBuild(index, 'firstRowsIdle'), defined: ofBuild(index, 'defined') }));
    rows.push({ size, parse: ofBuild(0, 'parse'), firstRows: ofBuild(0, 'firstRows'), naive: pick('naiveMs'), naiveIdle: pick('naiveIdleMs'), nodes: ofBuild(0, 'nodes'), elements: ofBuild(0, 'elements'), naiveNodes: pick('naiveNodes'), naiveElements: pick('naiveElements'), heap: ofBuild(0, 'heapMb'), builds: perBuild });
  }
}

const largest = Math.max(...sizes);
const interactions = [];
if (parts.has('interactions')) {
  await measureInteractions(largest); // warm-up, excluded
  for (let run = 0; run < runs; run += 1) interactions.push(await measureInteractions(largest));
}

const version = await browser.version();
await browser.close();
server.close();

const fmt = (value, digits = 0) => value.toFixed(digits);
const mark = (ok) => (ok ? 'met' : 'MISSED');
const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30)} GiB, load average ${fmt(loadAtStart, 1)} at the start; Node ${process.version}; Chromium ${version} (playwright-core)`,
  `Medians of ${runs} runs after a warm-up, each in a fresh browser context; the built CDN file.`,
  '',
];
if (rows.length > 0) {
  lines.push(
    '| transactions | JSON.parse | .report → first rows | ratio to JSON.parse | naive `repeat` element | speed-up over naive | with the host\'s JSON.parse: ours, naive, speed-up | DOM nodes, of which elements (naive) | JS heap after GC |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) =>
      `| ${row.size.toLocaleString('en')} | ${fmt(row.parse)} ms | ${fmt(row.firstRows)} ms | ${fmt(row.firstRows / row.parse, 2)}× | ${fmt(row.naive)} ms | ${fmt(row.naive / row.firstRows, 1)}× | ${fmt(row.parse + row.firstRows)} ms, ${fmt(row.parse + row.naive)} ms, ${fmt((row.parse + row.naive) / (row.parse + row.firstRows), 1)}× | ${row.nodes}, ${row.elements} (${row.naiveNodes}, ${row.naiveElements}) | ${fmt(row.heap, 1)} MB |`),
    '',
  );
  lines.push(
    'The same, with `.report` set after the element sat through one idle period (a page that adds the element, then fetches its report); the naive element waited as long. Navigation → defined: from navigation until `<xs2a-report>` is defined, its chunks fetched, compiled and run:',
    '',
    '| transactions | build | .report → first rows | after an idle period | naive, after an idle period | speed-up over naive, after an idle period | navigation → defined |',
    '|---|---|---|---|---|---|---|',
    ...rows.flatMap((row) => row.builds.map((build) =>
      `| ${row.size.toLocaleString('en')} | ${build.name} | ${fmt(build.firstRows)} ms | ${fmt(build.firstRowsIdle)} ms | ${fmt(row.naiveIdle)} ms | ${fmt(row.naiveIdle / build.firstRowsIdle, 2)}× | ${fmt(build.defined)} ms |`)),
    '',
  );
  if (builds.length > 1) {
    lines.push(`This build against the baseline, ratio of medians (below 1 is faster): ${rows.map((row) => `${row.size.toLocaleString('en')}: first rows ${fmt(row.builds[0].firstRows / row.builds[1].firstRows, 2)}×, after an idle period ${fmt(row.builds[0].firstRowsIdle / row.builds[1].firstRowsIdle, 2)}×, navigation → defined ${fmt(row.builds[0].defined / row.builds[1].defined, 2)}×`).join('; ')}.`, '');
  }
  const small = rows.filter((row) => row.size <= 1000);
  if (small.length > 0) {
    lines.push(`Targets for small reports: first rows ≤ 100 ms after \`.report\`: ${small.map((row) => `${row.size.toLocaleString('en')}: ${mark(row.firstRows <= 100)} (${fmt(row.firstRows)} ms)`).join('; ')}.`);
  }
  lines.push(
    `Faster than the naive element at every size: ${mark(rows.every((row) => row.firstRows < row.naive))} (${rows.map((row) => `${row.size.toLocaleString('en')}: ${fmt(row.naive / row.firstRows, 2)}×`).join(', ')}); after an idle period: ${mark(rows.every((row) => row.builds[0].firstRowsIdle < row.naiveIdle))} (${rows.map((row) => `${row.size.toLocaleString('en')}: ${fmt(row.naiveIdle / row.builds[0].firstRowsIdle, 2)}×`).join(', ')}).`,
    '',
  );
  const top = rows.find((row) => row.size === largest);
  if (top) {
    lines.push(`Targets at ${largest.toLocaleString('en')}: first rows ≤ 1.0× JSON.parse: ${mark(top.firstRows <= top.parse)} (${fmt(top.firstRows / top.parse, 2)}×); ≥ 20× faster than naive: ${mark(top.naive >= 20 * top.firstRows)} (${fmt(top.naive / top.firstRows, 1)}×); DOM nodes < 1,500: ${mark(top.nodes < 1500)} (${top.nodes}, of which ${top.elements} elements).`, '');
  }
}
if (interactions.length > 0) {
  // Each kind pooled over the runs: the median of every action of that kind, and the slowest.
  const kinds = [
    ['search keystroke', 'keystrokes'],
    ['category filter', 'category'],
    ['sort change', 'sort'],
    ['period change', 'period'],
  ];
  lines.push(
    `Interaction at ${largest.toLocaleString('en')} transactions, each input spread over the frame; work is until the report and the list have rendered, painted until the next frame is on screen:`,
    '',
    '| interaction | actions | work, median | painted, median | painted, slowest | target: painted ≤ 16 ms |',
    '|---|---|---|---|---|---|',
  );
  for (const [label, key] of kinds) {
    const times = interactions.flatMap((run) => run[key]);
    const paintedMedian = median(times.map((time) => time.painted));
    lines.push(`| ${label} | ${times.length} | ${fmt(median(times.map((time) => time.work)), 1)} ms | ${fmt(paintedMedian, 1)} ms | ${fmt(Math.max(...times.map((time) => time.painted)), 1)} ms | ${mark(paintedMedian <= 16)} |`);
  }
  const frames = interactions.flatMap((run) => run.frames);
  const overPerRun = interactions.map((run) => run.frames.filter((frame) => frame > 25).length);
  lines.push(
    '',
    `Scrolling, 5 s a run, one step of 120 px a frame: ${frames.length} frames, median ${fmt(median(frames), 1)} ms, slowest ${fmt(Math.max(...frames), 1)} ms; frames over 25 ms per run: ${overPerRun.join(', ')}. Target: no frame over 25 ms in five seconds: ${mark(overPerRun.every((count) => count === 0))}.`,
    '',
  );
}
console.log(lines.join('\n'));
