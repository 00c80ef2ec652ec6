/**
 * Where the time of each interaction at 100,000 transactions goes, in headless Chromium: the
 * report built from the sources without minification (names stay readable), the same actions as
 * `report-scale.mjs`, each kind under the V8 sampling profiler (JavaScript by function) and a
 * performance trace (style, layout, paint and the rest of the frame). Prints per kind the
 * functions with the most self time and the renderer's main-thread phases, per action.
 *
 * `node bench/profile-interactions.mjs`; `PROFILE_SIZE=10000` and `PROFILE_TOP=25` change the
 * size and the number of functions listed; `PROFILE_KINDS=sort,category` runs only those kinds.
 *
 * Each phase is printed twice: wall time, and thread time (the main thread's CPU), which the
 * other processes of a loaded machine disturb far less; compare builds by the second.
 *
 * `PROFILE_LAYOUT=1` traces with Blink's layout, style, font and image-decoding categories too and
 * prints what runs inside each Layout (text shaping, nested style recalcs), by event, per action;
 * `PROFILE_LAYOUT_DUMP=file.json` writes each Layout with the events nested in it.
 *
 * `PROFILE_REPORT_CSS` and `PROFILE_LIST_CSS` add a style sheet to the report's and the list's
 * shadow roots before the interactions: an A/B of a style without a rebuild, e.g.
 * `PROFILE_LIST_CSS='[part=list] > :not(.sizer) { display: none }'` for the layout without the rows.
 *
 * `PROFILE_ALLOC=1` measures memory instead of time: V8's sampling heap profiler (one sample per
 * 4 KiB allocated on average, objects that a minor or a major GC collected included) over each
 * phase: the build (`.report =` until the rows are painted), the first idle second and a half
 * (the search's warm-up), then each kind of interaction. Prints per phase the megabytes
 * allocated and the functions that allocated the most (self sizes), and at the end the JS heap in
 * use, with no GC forced: the garbage a later scroll inherits.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { tsImport } from 'tsx/esm/api';
import { chromeArgs, resolveChromePath } from '../scripts/test-runner/chrome-path.mjs';

const size = Number(process.env.PROFILE_SIZE ?? 100_000);
const top = Number(process.env.PROFILE_TOP ?? 18);
const alloc = Boolean(process.env.PROFILE_ALLOC);
const detail = Boolean(process.env.PROFILE_LAYOUT);
const detailCategories = ['devtools.timeline', 'v8', 'blink', 'blink_style', 'fonts', 'accessibility', 'disabled-by-default-devtools.timeline', 'disabled-by-default-blink.debug', 'disabled-by-default-blink.debug.layout', 'disabled-by-default-fonts', 'disabled-by-default-blink.image_decoding'].join(',');
const { createSampleReport } = await tsImport('../src/simulator/sample-report.ts', import.meta.url);
const bundle = await build({
  configFile: false,
  logLevel: 'silent',
  build: { write: false, minify: false, lib: { entry: new URL('../src/report/define.ts', import.meta.url).pathname, formats: ['es'], fileName: 'report' } },
});
// The entry and the chunks it loads later (the filter sheet, the views, the list's parts).
const chunks = new Map(bundle[0].output.filter((output) => output.type === 'chunk').map((chunk) => [`/${chunk.fileName}`, chunk.code]));
const code = bundle[0].output[0].code;
if (process.env.PROFILE_BUNDLE) writeFileSync(process.env.PROFILE_BUNDLE, [...chunks.values()].join('\n'));
const payload = JSON.stringify(createSampleReport({ count: size }));
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/report.js"></script>
<style>body{margin:0;font:14px system-ui} xs2a-report{--xs2a-list-height:600px}</style></head><body></body></html>`;
const server = createServer((request, response) => {
  const send = (type, body) => response.writeHead(200, { 'content-type': type }).end(body);
  if (request.url === '/') return send('text/html', page);
  if (request.url === '/report.js') return send('text/javascript', code);
  if (chunks.has(request.url)) return send('text/javascript', chunks.get(request.url));
  if (request.url === '/payload.json') return send('application/json', payload);
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: await resolveChromePath(), headless: true, args: chromeArgs });
const context = await browser.newContext({ viewport: { width: 1200, height: 2400 } });
const tab = await context.newPage();
tab.on('pageerror', (error) => console.error('page error:', error.message));
await tab.goto(`http://127.0.0.1:${server.address().port}/`);
const cdp = await context.newCDPSession(tab);

/** Megabytes allocated under V8's sampling heap profiler while `action` runs, and by which functions. */
async function allocations(action) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  await action();
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  await cdp.send('HeapProfiler.disable');
  const self = new Map();
  const visit = (node) => {
    const { functionName, lineNumber, url } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.slice(url.lastIndexOf('/') + 1)}:${lineNumber + 1}`;
    if (node.selfSize > 0) self.set(name, (self.get(name) ?? 0) + node.selfSize / 1e6);
    for (const child of node.children) visit(child);
  };
  visit(profile.head);
  const total = [...self.values()].reduce((sum, value) => sum + value, 0);
  return { total, self };
}

function printAllocations(phase, actions, { total, self }) {
  console.log(`\n## ${phase}: ${total.toFixed(1)} MB allocated${actions > 1 ? `, ${(total / actions).toFixed(2)} MB per action (${actions} actions)` : ''}`);
  console.log('| MB | share | function file:line (unminified bundle) |\n|---|---|---|');
  for (const [name, mb] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`| ${mb.toFixed(2)} | ${((mb / total) * 100).toFixed(0)}% | ${name} |`);
}

await tab.evaluate(async () => {
  await customElements.whenDefined('xs2a-report');
  window.benchReport = document.createElement('xs2a-report');
  document.body.append(window.benchReport);
  window.benchPayload = await (await fetch('/payload.json')).json();
});
const buildReport = () =>
  tab.evaluate(async () => {
    const report = window.benchReport;
    report.report = window.benchPayload;
    await report.updateComplete;
    report.shadowRoot.querySelector('xs2a-transaction-list').scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    delete window.benchPayload;
  });
// Room for the idle work a user's first second gives (the search's warm-up).
const idle = () => tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
const allocated = { build: 0, idle: 0, interactions: 0 };
if (alloc) {
  const built = await allocations(buildReport);
  printAllocations('build: .report = until painted', 1, built);
  const warmed = await allocations(idle);
  printAllocations('first 1.5 s idle', 1, warmed);
  allocated.build = built.total;
  allocated.idle = warmed.total;
} else {
  await buildReport();
  await idle();
}

// Styles added to the report's and the list's shadow roots: an A/B of a style without a rebuild.
await tab.evaluate(
  ([reportCss, listCss]) => {
    const add = (root, text) => {
      if (!text || !root) return;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    };
    const root = window.benchReport.shadowRoot;
    add(root, reportCss);
    add(root.querySelector('xs2a-transaction-list')?.shadowRoot, listCss);
  },
  [process.env.PROFILE_REPORT_CSS, process.env.PROFILE_LIST_CSS],
);

await tab.evaluate(async () => {
  const report = window.benchReport;
  const root = report.shadowRoot;
  const change = (control, value, type = 'change') => {
    control.value = value;
    control.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  };
  const settle = async () => {
    await report.updateComplete;
    await root.querySelector('xs2a-transaction-list')?.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  };
  const steps = async (control, values, type) => {
    for (const value of values) {
      change(control, value, type);
      await settle();
    }
  };
  // The filter controls' code loads when a person first opens them: open and close them once, untimed.
  const filtersButton = root.querySelector('[part="filters-button"]');
  filtersButton.click();
  await report.updateComplete;
  filtersButton.click();
  await report.updateComplete;
  const categorySelect = root.querySelector('[part="filters"] select');
  const categories = [...categorySelect.options].map((option) => option.value).filter((value) => value !== '*' && value !== '+').slice(0, 6);
  window.profileKinds = {
    keystroke: () => steps(root.querySelector('input[type="search"]'), ['r', 're', 'rew', 'rewe', 'rew', 're', 'r', '', 'l', 'li', 'lid', 'lidl', ''], 'input'),
    category: () => steps(categorySelect, categories.flatMap((value) => [value, '*'])),
    sort: () => steps(root.querySelector('.sort select'), ['largest-expense', 'oldest', 'largest-income', 'newest']),
    period: () => steps(root.querySelector('select[part="period"]'), ['last-90-days', 'all', 'last-month', 'all', 'this-month', 'all']),
  };
});

const allKinds = { keystroke: 13, category: 12, sort: 4, period: 6 };
const kinds = Object.fromEntries(Object.entries(allKinds).filter(([kind]) => !process.env.PROFILE_KINDS || process.env.PROFILE_KINDS.split(',').includes(kind)));
const phases = ['FunctionCall', 'EvaluateScript', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'MajorGC', 'MinorGC', 'HitTest', 'ParseHTML'];

for (const [kind, actions] of Object.entries(kinds)) {
  if (alloc) {
    const measured = await allocations(() => tab.evaluate((name) => window.profileKinds[name](), kind));
    printAllocations(kind, actions, measured);
    allocated.interactions += measured.total;
    continue;
  }
  // The JavaScript, by function.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await tab.evaluate((name) => window.profileKinds[name](), kind);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const { functionName, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'}:${lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
  });
  const idle = self.get('(idle):0') ?? 0;
  self.delete('(idle):0');
  const busy = [...self.values()].reduce((sum, value) => sum + value, 0);

  // The frame's phases, from a trace of the same actions run again on the state they left.
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: detail ? detailCategories : 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  await tab.evaluate((name) => window.profileKinds[name](), kind);
  await cdp.send('Tracing.end');
  await done;
  cdp.removeAllListeners('Tracing.dataCollected');
  const mainThread = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const totals = new Map();
  // Thread time: what the phase cost the main thread's CPU, without the waits a loaded machine adds.
  const cpu = new Map();
  // How much each layout had to do: objects marked dirty and objects in the tree it walked.
  const layouts = { count: 0, dirty: 0, total: 0 };
  for (const event of events) {
    if (event.ph !== 'X' || !phases.includes(event.name) || event.tid !== mainThread?.tid || event.pid !== mainThread?.pid) continue;
    totals.set(event.name, (totals.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
    cpu.set(event.name, (cpu.get(event.name) ?? 0) + (event.tdur ?? 0) / 1000);
    if (event.name === 'Layout' && event.args?.beginData) {
      layouts.count += 1;
      layouts.dirty += event.args.beginData.dirtyObjects ?? 0;
      layouts.total += event.args.beginData.totalObjects ?? 0;
    }
  }

  console.log(`\n## ${kind}: ${actions} actions; JavaScript profile ${(busy / actions).toFixed(1)} ms busy per action (idle ${(idle / actions).toFixed(1)} ms)`);
  console.log(`main thread per action (trace; FunctionCall includes the JavaScript above): ${phases.filter((name) => totals.has(name)).map((name) => `${name} ${(totals.get(name) / actions).toFixed(2)} ms`).join(', ')}`);
  console.log(`main thread CPU per action (thread time): ${phases.filter((name) => cpu.get(name) > 0).map((name) => `${name} ${(cpu.get(name) / actions).toFixed(2)} ms`).join(', ')}`);
  console.log(`layouts per action: ${(layouts.count / actions).toFixed(1)}, each ${(layouts.dirty / Math.max(layouts.count, 1)).toFixed(0)} dirty of ${(layouts.total / Math.max(layouts.count, 1)).toFixed(0)} layout objects`);
  if (detail) printInsideLayout(events, mainThread, actions);
  console.log('| self ms per action | function:line (unminified bundle) |\n|---|---|');
  for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`| ${(ms / actions).toFixed(2)} | ${name} |`);
}

/** The events nested in the main thread's Layout events, by name: total and self time per action, count. */
function printInsideLayout(events, mainThread, actions) {
  const onMain = events.filter((event) => event.tid === mainThread?.tid && event.pid === mainThread?.pid);
  // Complete events, and begin/end pairs matched per name on one stack.
  const spans = [];
  const open = [];
  for (const event of onMain.sort((a, b) => a.ts - b.ts)) {
    if (event.ph === 'X') spans.push({ name: event.name, start: event.ts, end: event.ts + (event.dur ?? 0), args: event.args });
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const index = open.findLastIndex((begin) => begin.name === event.name);
      if (index >= 0) spans.push({ name: event.name, start: open[index].ts, end: event.ts, args: open.splice(index, 1)[0].args });
    } else if (event.ph === 'I' || event.ph === 'i' || event.ph === 'n') spans.push({ name: `${event.name} (instant)`, start: event.ts, end: event.ts, args: event.args });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const layouts = spans.filter((span) => span.name === 'Layout');
  const inside = new Map();
  for (const layout of layouts) {
    const nested = spans.filter((span) => span !== layout && span.start >= layout.start && span.end <= layout.end);
    for (const span of nested) {
      const children = nested.filter((child) => child !== span && child.start >= span.start && child.end <= span.end && child.end - child.start < span.end - span.start);
      // Self time: minus the direct children (those not inside another child).
      const direct = children.filter((child) => !children.some((other) => other !== child && other.start <= child.start && other.end >= child.end && other.end - other.start > child.end - child.start));
      const self = span.end - span.start - direct.reduce((sum, child) => sum + child.end - child.start, 0);
      const entry = inside.get(span.name) ?? { total: 0, self: 0, count: 0 };
      entry.total += (span.end - span.start) / 1000;
      entry.self += self / 1000;
      entry.count += 1;
      inside.set(span.name, entry);
    }
  }
  const layoutTotal = layouts.reduce((sum, span) => sum + (span.end - span.start) / 1000, 0);
  console.log(`inside Layout (${(layoutTotal / actions).toFixed(2)} ms per action):\n| total ms per action | self ms per action | count per action | event |\n|---|---|---|---|`);
  for (const [name, { total, self, count }] of [...inside.entries()].sort((a, b) => b[1].total - a[1].total).slice(0, top)) {
    console.log(`| ${(total / actions).toFixed(2)} | ${(self / actions).toFixed(2)} | ${(count / actions).toFixed(1)} | ${name} |`);
  }
  if (process.env.PROFILE_LAYOUT_DUMP) writeFileSync(process.env.PROFILE_LAYOUT_DUMP, JSON.stringify(layouts.map((layout) => ({ layout, nested: spans.filter((span) => span !== layout && span.start >= layout.start && span.end <= layout.end) })), null, 1));
}

if (alloc) {
  // No GC forced: what the heap holds, garbage included, is what the next scroll starts with.
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  console.log(`\n## Summary: allocated ${allocated.build.toFixed(1)} MB in the build, ${allocated.idle.toFixed(1)} MB idle, ${allocated.interactions.toFixed(1)} MB in the interactions; JS heap at the end ${(usedSize / 1e6).toFixed(1)} MB used of ${(totalSize / 1e6).toFixed(1)} MB`);
}

await browser.close();
server.close();
