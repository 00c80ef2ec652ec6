/**
 * Drives one example app in Chromium as a user would: the report the app passes as an object
 * renders, a connect run through the simulator's test bank reaches the app's handler, a row
 * selection reaches the app's handler, and nothing is logged as a console or page error.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, resolveChromePath } from '../../test-runner/chrome-path.mjs';

/**
 * `beforeGoto(page)` may route requests (the HTML example's CDN URL); `initialReport`: the app
 * renders a report on its first render (server-rendered in Next.js), which must show before any
 * connect.
 */
export async function driveApp({ name, url, beforeGoto, initialReport = false, expectedMessages = [] }) {
  const browser = await chromium.launch({ executablePath: await resolveChromePath(), args: chromeArgs });
  const errors = [];
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
  page.on('console', (message) => {
    const expected = expectedMessages.some((pattern) => pattern.test(message.text()));
    if (!expected && (message.type() === 'error' || message.type() === 'warning')) errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  // Errors reported to `window.onerror` without an exception (a ResizeObserver loop) reach error
  // trackers and Angular's ErrorHandler, but not the console.
  await page.addInitScript(() => addEventListener('error', (event) => console.error(`window error: ${event.message}`)));
  mkdirSync('.test-results/examples', { recursive: true });
  try {
    await beforeGoto?.(page);
    await page.goto(url, { waitUntil: 'load' });
    if (initialReport) await page.locator('xs2a-report xs2a-transaction-list [role="option"]').first().waitFor({ timeout: 10_000 });
    await page.locator('xs2a-connect button').click();
    // The fake XS2A App renders in an open shadow root; Playwright's CSS selectors pierce it.
    await page.locator('#xs2a-bank-code').fill('00000');
    await page.locator('form[data-step="bank"] button[type="submit"]').click();
    await page.locator('#xs2a-username').fill('acin-demo-data');
    await page.locator('#xs2a-password').fill('acin-demo-data');
    await page.locator('form[data-step="login"] button[type="submit"]').click();
    await page.locator('form[data-step="select-account"] button[type="submit"]').click({ timeout: 15_000 });
    await page.locator('#status', { hasText: 'Connected' }).waitFor({ timeout: 15_000 });

    const row = page.locator('xs2a-report xs2a-transaction-list [role="option"]').first();
    await row.scrollIntoViewIfNeeded({ timeout: 15_000 });
    await row.click();
    const selected = page.locator('#selected', { hasText: /^Selected: \S/ });
    await selected.waitFor({ timeout: 5_000 });
    const rowName = (await selected.textContent())?.replace('Selected: ', '');
    // Late errors (a ResizeObserver loop, a failed icon) would show up after the clicks.
    await page.waitForTimeout(500);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `.test-results/examples/${name}.png`, fullPage: true });
    if (errors.length > 0) throw new Error(errors.join('\n'));
    return { rowName };
  } catch (error) {
    await page.screenshot({ path: `.test-results/examples/${name}-failure.png`, fullPage: true }).catch(() => undefined);
    if (errors.length > 0 && !String(error).includes(errors[0])) error.message += `\n${errors.join('\n')}`;
    throw error;
  } finally {
    await browser.close();
  }
}
