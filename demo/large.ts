/**
 * The second demo page: a generated report of (by default) 100,000 transactions, with the time
 * from setting `.report` to the first painted rows next to the time `JSON.parse` alone takes.
 */
import '../src/define.js';
import { createSampleReport } from '../src/simulator/sample-report.js';

const report = document.querySelector('xs2a-report');
const timing = document.querySelector<HTMLElement>('#timing');
const countLabel = document.querySelector<HTMLElement>('#count');
if (!report || !timing || !countLabel) throw new Error('the demo page is missing an element');

const count = Math.min(100_000, Math.max(1, Number(new URLSearchParams(location.search).get('count') ?? 100_000) || 100_000));
countLabel.textContent = count.toLocaleString('en-GB');

const text = JSON.stringify(createSampleReport({ count, iconBase: new URL('/klarna/icons/', location.href).href }));
const nextPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

await nextPaint();
let start = performance.now();
JSON.parse(text);
const parseOnly = performance.now() - start;

start = performance.now();
report.report = JSON.parse(text);
await report.updateComplete;
const list = report.shadowRoot?.querySelector('xs2a-transaction-list');
await list?.updateComplete;
await nextPaint();
const firstRows = performance.now() - start;

const megabytes = (text.length / 1e6).toFixed(1);
timing.textContent = `${megabytes} MB of JSON: JSON.parse alone ${parseOnly.toFixed(0)} ms; from .report to the first painted rows ${firstRows.toFixed(0)} ms (${(firstRows / parseOnly).toFixed(2)}×, JSON.parse included).`;
