/**
 * Proves that `npm start` serves a working flow: starts the demo, opens it in headless Chromium,
 * passes the test bank with `acin-demo-data` and waits for the report. Leaves a screenshot at
 * `.test-results/start.png` and exits non-zero on any failure.
 */
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, resolveChromePath } from '../test-runner/chrome-path.mjs';
import { startDemo } from '../start.mjs';

const screenshot = '.test-results/start.png';
const demo = await startDemo({ port: Number(process.env.PORT ?? 5199) });
const browser = await puppeteer.launch({ executablePath: await resolveChromePath(), headless: true, args: chromeArgs });
let failed = false;
const page = await browser.newPage();
try {
  await page.setViewport({ width: 1100, height: 900 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(demo.url, { waitUntil: 'networkidle0' });
  await page.click('xs2a-connect >>> button');

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

  // The report loads by itself once the connect element finishes.
  await page.waitForSelector('xs2a-report >>> [part="result-count"]', { timeout: 15_000 });
  await page.$eval('xs2a-report', (report) => report.shadowRoot.querySelector('xs2a-transaction-list').scrollIntoView());
  await page.waitForSelector('xs2a-report >>> xs2a-transaction-list >>> [role="option"]', { timeout: 10_000 });
  const count = await page.$eval('xs2a-report >>> [part="result-count"]', (element) => element.textContent.trim());
  const names = await page.$$eval('xs2a-report >>> xs2a-transaction-list >>> [role="option"] [part="name"]', (nodes) => nodes.map((node) => node.textContent));
  const status = await page.$eval('#log', (element) => element.textContent);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshot, fullPage: true });
  const total = Number(/\d+/.exec(count)?.[0] ?? 0);
  if (total < 20) throw new Error(`expected a report with transactions, found "${count}"`);
  if (names.length === 0) throw new Error('the transaction list shows no rows');
  console.log(`start check: ok — ${count}, first rows ${names.slice(0, 3).join(', ')} ("${status}"), screenshots ${screenshot}, .test-results/start-app.png`);
} catch (error) {
  failed = true;
  console.error(`start check failed: ${error instanceof Error ? error.message : String(error)}`);
  mkdirSync('.test-results', { recursive: true });
  await page.screenshot({ path: '.test-results/start-failure.png' }).catch(() => undefined);
} finally {
  await browser.close();
  await demo.close();
}
process.exit(failed ? 1 : 0);
