/**
 * Proves that `npm start` serves a working flow: starts the demo, opens it in headless Chromium,
 * passes the test bank with `acin-demo-data` and waits for the report. Leaves a screenshot at
 * `.test-results/start.png` and exits non-zero on any failure.
 */
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, resolveChromePath } from './chrome-path.mjs';
import { startDemo } from './start.mjs';

const screenshot = '.test-results/start.png';
const demo = await startDemo({ port: Number(process.env.PORT ?? 5199) });
const browser = await puppeteer.launch({ executablePath: await resolveChromePath(), headless: true, args: chromeArgs });
let failed = false;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(demo.url, { waitUntil: 'networkidle0' });
  await page.click('#connect');

  // The fake XS2A App renders in an open shadow root; `>>>` pierces it.
  const app = '[data-xs2a-simulator] >>> ';
  await page.waitForSelector(`${app}#xs2a-bank-code`, { timeout: 10_000 });
  await page.type(`${app}#xs2a-bank-code`, '00000');
  await page.click(`${app}form[data-step="bank"] button[type="submit"]`);
  await page.waitForSelector(`${app}#xs2a-username`);
  await page.type(`${app}#xs2a-username`, 'acin-demo-data');
  await page.type(`${app}#xs2a-password`, 'acin-demo-data');
  mkdirSync('.test-results', { recursive: true });
  await page.screenshot({ path: '.test-results/start-app.png' });
  await page.click(`${app}form[data-step="login"] button[type="submit"]`);
  await page.waitForSelector(`${app}form[data-step="select-account"]`, { timeout: 10_000 });
  await page.click(`${app}form[data-step="select-account"] button[type="submit"]`);

  await page.waitForSelector('#report:not([hidden]) table tbody tr', { timeout: 15_000 });
  const rows = await page.$$eval('#report tbody tr', (trs) => trs.length);
  const status = await page.$eval('#status', (element) => element.textContent);
  await page.screenshot({ path: screenshot, fullPage: false });
  if (rows < 20) throw new Error(`expected a report with transactions, found ${rows} rows`);
  console.log(`start check: ok — ${rows} transactions shown ("${status}"), screenshots ${screenshot}, .test-results/start-app.png`);
} catch (error) {
  failed = true;
  console.error(`start check failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await browser.close();
  await demo.close();
}
process.exit(failed ? 1 : 0);
