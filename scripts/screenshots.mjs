/**
 * `npm run screenshots`: pictures of `<xs2a-report>` in every state a consumer meets (loading,
 * no report yet, the report, a search, a transaction's detail, an error; and the views below the
 * charts alone), light and dark, on a
 * phone (375 px) and a desktop (1280 px), in English and German, written to `docs/screenshots/`
 * as `<state>-<theme>-<width>-<lang>.png`. A phone picture is the screen, two screens tall: there
 * the page scrolls the list, which keeps only the rows in view, so a full-page picture would show
 * thousands of pixels of rows not yet drawn. The page is `scripts/screenshots/gallery.html` on
 * Vite's dev server, so the pictures show the sources as they are, with no build.
 *
 * `node scripts/screenshots.mjs report detail` takes only the states named.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromeArgs, resolveChromePath } from './test-runner/chrome-path.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = `${repo}docs/screenshots/`;
const report = 'xs2a-report';

/** Each state: what the page loads, and what a person does before the picture. */
const states = {
  loading: { ready: `${report} >> [part~="status"]` },
  empty: { ready: `${report} >> [part~="status"]` },
  report: { ready: `${report} >> xs2a-transaction-list >> [role="option"]` },
  filtered: {
    ready: `${report} >> xs2a-transaction-list >> [role="option"]`,
    async act(page) {
      await page.locator(`${report} >> input[type="search"]`).first().fill('rewe');
    },
  },
  detail: {
    ready: `${report} >> xs2a-transaction-list >> [role="option"]`,
    async act(page) {
      await page.locator(`${report} >> xs2a-transaction-list >> [role="option"]`).nth(1).click();
      await page.locator(`${report} >> xs2a-transaction-detail`).first().waitFor({ state: 'visible', timeout: 5000 });
    },
  },
  error: { ready: `${report} >> [part~="status"]` },
  // The views below the list, alone: their code loads when the page comes near them.
  insights: {
    ready: `${report} >> [part="insights"]`,
    async act(page) {
      await page.locator(`${report} >> [part="insights"]`).first().scrollIntoViewIfNeeded();
      await page.locator(`${report} >> xs2a-affordability`).first().waitFor({ state: 'visible', timeout: 5000 });
    },
    shot: `${report} >> [part="insights"]`,
  },
};
const themes = ['light', 'dark'];
const widths = [375, 1280];
const languages = ['en', 'de'];
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(states);
for (const name of chosen) if (!(name in states)) throw new Error(`unknown state "${name}"; known: ${Object.keys(states).join(', ')}`);

const server = await createServer({ configFile: false, root: repo, logLevel: 'warn', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: await resolveChromePath(), headless: true, args: chromeArgs });
mkdirSync(out, { recursive: true });
let failures = 0;
try {
  for (const name of chosen) {
    const state = states[name];
    for (const theme of themes)
      for (const width of widths)
        for (const lang of languages) {
          const file = `${name}-${theme}-${width}-${lang}.png`;
          const phone = width < 600;
          const context = await browser.newContext({ viewport: { width, height: phone ? 1334 : 900 }, colorScheme: theme, locale: lang === 'de' ? 'de-DE' : 'en-GB', reducedMotion: 'reduce' });
          const page = await context.newPage();
          const errors = [];
          page.on('pageerror', (error) => errors.push(error.message));
          // `loading` never gets an answer; `error` gets the host backend's 404.
          await page.route('**/loading/reports', () => {});
          await page.route('**/error/reports', (route) =>
            route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ error: { code: 'not_found', message: 'No such flow or consumer' } }) }),
          );
          try {
            await page.goto(`${origin}/scripts/screenshots/gallery.html?state=${name}&lang=${lang}&theme=${theme}`);
            await page.locator(state.ready).first().waitFor({ state: 'attached', timeout: 15_000 });
            await state.act?.(page);
            // Two frames: the charts draw in the frame after the list's rows.
            await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
            await page.waitForTimeout(300);
            if (state.shot) await page.locator(state.shot).first().screenshot({ path: out + file });
            else await page.screenshot({ path: out + file, fullPage: !phone });
            if (errors.length > 0) throw new Error(errors.join('; '));
            console.log(`  ${file}`);
          } catch (error) {
            failures++;
            console.error(`✗ ${file}: ${error instanceof Error ? error.message : error}`);
          } finally {
            await context.close();
          }
        }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(failures === 0 ? `screenshots in ${out}` : `${failures} screenshot(s) failed`);
process.exitCode = failures === 0 ? 0 : 1;
