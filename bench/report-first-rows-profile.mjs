/**
 * Where the time from `.report` to the first painted rows goes, for a small report in a fresh
 * page, as `bench/report-scale.mjs` measures it. It builds the CDN file unminified (same chunks,
 * readable names, each module's code under a comment naming its file), records a performance trace and a
 * CPU profile (50 µs samples) of that window, and prints per part:
 * - JavaScript by source module group (self time of the samples in it);
 * - the browser's own work from the trace: style recalculation and layout (forced by script, or
 *   in the frame), paint and compositing, and V8's compilation of code that runs for the first
 *   time (lazy compilation of each function's first call).
 * Medians over runs. The unminified file parses a little slower than the minified one; the
 * shares, not the sum, are what this is for.
 *
 * `node bench/report-first-rows-profile.mjs` (no build needed); `BENCH_SIZES=100,1000`,
 * `BENCH_RUNS=7`, `BENCH_TOP=20` (the functions with the most self time, besides the parts),
 * `BENCH_IDLE=1` (`.report` set after one idle period, as the second figure of report-scale.mjs).
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { tsImport } from 'tsx/esm/api';
import { chromeArgs, resolveChromePath } from '../scripts/test-runner/chrome-path.mjs';

const sizes = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 7);
/** `BENCH_TOP=20` also prints the 20 functions with the most self time. */
const top = Number(process.env.BENCH_TOP ?? 0);
/** `BENCH_IDLE=1`: `.report` after the element sat through one idle period, as a page that fetches its report. */
const idle = process.env.BENCH_IDLE === '1';
const outDir = mkdtempSync(join(tmpdir(), 'xs2a-profile-'));
await build({
  mode: 'cdn',
  logLevel: 'silent',
  build: { outDir, minify: false, rolldownOptions: { output: { minify: false, chunkFileNames: 'chunks/[name]-[hash].js' } } },
});

const { createSampleReport } = await tsImport('../src/simulator/sample-report.ts', import.meta.url);
const payloads = new Map(sizes.map((size) => [size, JSON.stringify(createSampleReport({ count: size }))]));
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/xs2a-elements.js"></script>
<style>body{margin:0;font:14px system-ui} xs2a-report{--xs2a-list-height:600px}</style></head><body></body></html>`;

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const send = (type, body) => response.writeHead(200, { 'content-type': type }).end(body);
  if (url.pathname === '/') return send('text/html', page);
  const file = join(outDir, url.pathname);
  if (url.pathname.endsWith('.js') && file.startsWith(outDir) && existsSync(file)) return send('text/javascript', readFileSync(file));
  const size = /^\/payload-(\d+)\.json$/.exec(url.pathname)?.[1];
  if (size && payloads.has(Number(size))) return send('application/json', payloads.get(Number(size)));
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** For each served script, the source module of each line, from rolldown's region comments. */
const regionsOf = new Map();
function moduleAt(url, line) {
  const path = new URL(url).pathname;
  if (!regionsOf.has(path)) {
    const file = join(outDir, path);
    const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
    const modules = [];
    let current = '(bundle glue)';
    for (const text of lines) {
      // Rolldown heads each module's code with a comment naming its file.
      const region = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(text);
      if (region) current = region[1];
      modules.push(current);
    }
    regionsOf.set(path, modules);
  }
  return regionsOf.get(path)[line] ?? '(bundle glue)';
}

/** The parts the figures are reported in. */
function groupOf(module) {
  if (/src\/transaction-list\/list-(window|geometry|groups)/.test(module)) return 'windowing';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/)/.test(module)) return 'lit (templates, updates)';
  if (/node_modules\/zod|src\/schemas|src\/validation|src\/model/.test(module)) return 'model (validation, normalizing)';
  if (/src\/(category-chart|balance-chart|charts?)\//.test(module)) return 'charts';
  if (/src\/transaction-list\//.test(module)) return 'list';
  if (/src\/(cash-flow|commitments|affordability)\/|report-insights/.test(module)) return 'views (cash flow, commitments, affordability)';
  if (/src\/(format|i18n)\//.test(module) || /localize/.test(module)) return 'formatting (Intl)';
  if (/src\/insights\//.test(module) || /report-view/.test(module)) return 'insights (filter, sort, sums)';
  if (/src\/report\//.test(module)) return 'report sections';
  return 'other script';
}

const browser = await chromium.launch({ executablePath: await resolveChromePath(), headless: true, args: chromeArgs });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const scriptEvents = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'v8.run', 'EventDispatch', 'v8.callFunction']);

async function profileOnce(size) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 2400 } });
  const tab = await context.newPage();
  await tab.goto(`${origin}/`);
  await tab.evaluate(async ([url, idle]) => {
    await customElements.whenDefined('xs2a-report');
    window.benchText = await (await fetch(url)).text();
    const report = document.createElement('xs2a-report');
    document.body.append(report);
    await report.updateComplete;
    // As the second figure of bench/report-scale.mjs: the element sits through one idle period first.
    if (idle) await new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));
    window.benchReport = report;
    window.benchValue = JSON.parse(window.benchText);
  }, [`/payload-${size}.json`, idle]);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,disabled-by-default-v8.compile,blink.user_timing', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const firstRows = await tab.evaluate(async () => {
    const report = window.benchReport;
    performance.mark('xs2a-start');
    const start = performance.now();
    report.report = window.benchValue;
    // As bench/report-scale.mjs: the first frame with a row in it, painted.
    const hasRows = () => report.shadowRoot.querySelector('xs2a-transaction-list')?.shadowRoot?.querySelector('[part~="row"]');
    do await new Promise((resolve) => requestAnimationFrame(resolve));
    while (!hasRows());
    await new Promise((resolve) => setTimeout(resolve, 0));
    performance.mark('xs2a-end');
    const firstRows = performance.now() - start;
    await report.updateComplete;
    return firstRows;
  });
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await traced;
  await context.close();

  // JavaScript: self time per node, between the two marks, by module group.
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const js = new Map();
  const functions = new Map();
  const startMark = events.find((event) => event.name === 'xs2a-start');
  const endMark = events.find((event) => event.name === 'xs2a-end');
  const from = startMark?.ts ?? profile.startTime;
  const to = endMark?.ts ?? profile.endTime;
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    time += profile.timeDeltas[index] ?? 0;
    if (time < from || time > to) return;
    const node = nodes.get(id);
    const frame = node.callFrame;
    const delta = (profile.timeDeltas[index + 1] ?? 50) / 1000;
    let group;
    if (frame.url) group = groupOf(moduleAt(frame.url, frame.lineNumber));
    else if (frame.functionName === '(garbage collector)') group = 'garbage collection';
    else if (frame.functionName === '(program)' || frame.functionName === '(idle)' || frame.functionName === '(root)') return;
    else {
      // A built-in (Intl, JSON, DOM): charged to the nearest caller with a source.
      let parent = [...nodes.values()].find((candidate) => candidate.children?.includes(node.id));
      while (parent && !parent.callFrame.url) parent = [...nodes.values()].find((candidate) => candidate.children?.includes(parent.id));
      group = parent ? groupOf(moduleAt(parent.callFrame.url, parent.callFrame.lineNumber)) : 'other script';
    }
    js.set(group, (js.get(group) ?? 0) + delta);
    // The function itself, or for a built-in its name and the module of its caller's group.
    const name = frame.url ? `${frame.functionName || '(anonymous)'} ${moduleAt(frame.url, frame.lineNumber).replace(/^.*node_modules\//, '')}` : `${frame.functionName} (built-in, ${group})`;
    functions.set(name, (functions.get(name) ?? 0) + delta);
  });

  // The browser's work from the trace, on the renderer's main thread.
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const inWindow = events.filter((event) => event.ph === 'X' && event.pid === main?.pid && event.tid === main?.tid && event.ts >= from && event.ts <= to);
  const scripts = inWindow.filter((event) => scriptEvents.has(event.name));
  const insideScript = (event) => scripts.some((script) => script !== event && script.ts <= event.ts && script.ts + script.dur >= event.ts + event.dur);
  const browserWork = new Map();
  const add = (key, dur) => browserWork.set(key, (browserWork.get(key) ?? 0) + dur / 1000);
  for (const event of inWindow) {
    if (event.name === 'UpdateLayoutTree') add(insideScript(event) ? 'style, forced by script' : 'style, in the frame', event.dur);
    else if (event.name === 'Layout') add(insideScript(event) ? 'layout, forced by script' : 'layout, in the frame', event.dur);
    else if (['Paint', 'PrePaint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage'].includes(event.name)) add('paint and compositing', event.dur);
    else if (event.name === 'v8.compile' || event.name === 'V8.CompileCode' || event.name === 'v8.compileModule' || event.name === 'V8.CompileLazy') add('compiling first-run code', event.dur);
  }
  return { firstRows, js, browserWork, functions };
}

const lines = [];
for (const size of sizes) {
  await profileOnce(size); // warm-up
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await profileOnce(size));
  const keys = (field) => [...new Set(results.flatMap((result) => [...result[field].keys()]))];
  lines.push(`${size.toLocaleString('en')} transactions${idle ? ', after an idle period' : ''}: .report → first rows ${median(results.map((result) => result.firstRows)).toFixed(0)} ms (unminified build, profiler on), medians of ${runs}:`);
  for (const field of ['js', 'browserWork']) {
    const rows = keys(field).map((key) => [key, median(results.map((result) => result[field].get(key) ?? 0))]).sort((a, b) => b[1] - a[1]);
    lines.push(field === 'js' ? '  JavaScript, self time by part:' : '  the browser:');
    for (const [key, value] of rows) lines.push(`    ${key.padEnd(48)} ${value.toFixed(1).padStart(6)} ms`);
  }
  if (top > 0) {
    lines.push(`  the ${top} functions with the most self time:`);
    const rows = keys('functions').map((key) => [key, median(results.map((result) => result.functions.get(key) ?? 0))]).sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [key, value] of rows) lines.push(`    ${value.toFixed(1).padStart(6)} ms  ${key}`);
  }
  lines.push('');
}
await browser.close();
server.close();
console.log(lines.join('\n'));
