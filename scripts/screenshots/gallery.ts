/**
 * The gallery page: one `<xs2a-report>` in the state named by the query (`state`, `lang`,
 * `theme`). `scripts/screenshots.mjs` opens it for every combination and takes the pictures.
 * The report is the simulator's sample, in the page's language, as the test bank serves it.
 */
import '../../src/define.js';
import { createSampleReport } from '../../src/simulator/sample-report.js';

const query = new URLSearchParams(location.search);
const state = query.get('state') ?? 'report';
const language = query.get('lang') ?? 'en';
const theme = query.get('theme') ?? 'light';
const locales: Record<string, string> = { en: 'en-GB', de: 'de-DE', sv: 'sv-SE' };

document.documentElement.lang = language;
document.documentElement.dataset.theme = theme;
const report = document.querySelector('xs2a-report');
if (!report) throw new Error('the gallery page has no report');
report.locale = locales[language] ?? language;
report.setAttribute('theme', theme);

// `loading` asks an endpoint that never answers and `error` one that answers 404; the
// screenshot script intercepts both. The other states show the sample report.
if (state === 'loading' || state === 'error') {
  report.endpoint = `/${state}`;
  report.consumerId = 'sample-consumer';
} else if (state !== 'empty') {
  report.report = createSampleReport({ language, seed: 'gallery', fromDate: '2026-09-01', toDate: '2026-11-30' });
}
