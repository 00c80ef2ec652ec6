/**
 * What `<xs2a-report>` shows when it has no list to show, and around the list: the skeleton while
 * it loads, "no report yet" (replaceable through `slot="empty"`) apart from "no match", errors in a
 * consumer's words with the technical detail only in `xs2a-error`, the header's current balance,
 * and room between the text and the report's edge in dark mode.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/report/define.js';
import type { Xs2aErrorEvent } from '../../src/events/xs2a-error-event.js';
import type { Xs2aReport } from '../../src/report/xs2a-report.js';
import { modularReport } from '../fixtures/reports.js';
import { plain } from '../helpers/text.js';
import { deferred, installFakeBackend, json, type FakeBackend } from './helpers/fake-backend.js';

const root = (element: Xs2aReport): ShadowRoot => element.shadowRoot!;
const status = (element: Xs2aReport): HTMLElement | null => root(element).querySelector('[part~="status"]');
const statusText = (element: Xs2aReport): string => plain(status(element)?.textContent);

/** The list draws rows only near the viewport, and axe wants a listbox with a row to focus. */
async function showRows(element: Xs2aReport): Promise<void> {
  const list = root(element).querySelector('xs2a-transaction-list')!;
  list.scrollIntoView();
  await waitUntil(() => list.shadowRoot?.querySelector('[role="option"]'), 'no rows', { timeout: 3000 });
}

/** The modular fixture with BALANCES: booked €2,390.00 as of its refresh, 31 March 2024. */
function reportWithBalances(): ReturnType<typeof modularReport> {
  const report = modularReport();
  (report.data.accounts[0]!.reports as unknown[]).push({ type: 'BALANCES', balance: { amount: 239000, currency: 'EUR' }, available: { amount: 300000, currency: 'EUR' } });
  return report;
}

describe('<xs2a-report> states', () => {
  let backend: FakeBackend | undefined;
  afterEach(async () => {
    backend?.restore();
    backend = undefined;
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('loading', () => {
    for (const [locale, name] of [
      ['en', 'Loading your transactions'],
      ['de', 'Ihre Umsätze werden geladen'],
      ['sv', 'Dina transaktioner laddas'],
    ] as const) {
      it(`shows a busy skeleton named "${name}" while the fetch hangs (${locale})`, async () => {
        const answer = deferred<Response>();
        backend = installFakeBackend(() => answer.promise);
        const element = await fixture<Xs2aReport>(html`<xs2a-report locale=${locale} endpoint="/api" consumer-id="c"></xs2a-report>`);
        await waitUntil(() => root(element).querySelector('[aria-busy="true"]'), 'no busy region');
        const skeleton = root(element).querySelector<HTMLElement>('[aria-busy="true"]')!;
        expect(skeleton.getAttribute('role')).to.equal('status');
        expect(plain(skeleton.textContent)).to.equal(name);
        expect(skeleton.querySelectorAll('.skeleton-row').length, 'placeholder rows').to.be.greaterThan(3);
        expect(skeleton.querySelectorAll('.bone-card').length, 'placeholder cards').to.equal(3);
        expect(root(element).querySelector('xs2a-transaction-list'), 'no list yet').to.equal(null);
        await expect(element).shadowDom.to.be.accessible();
        answer.resolve(json(200, modularReport()));
        await oneEvent(element, 'xs2a-report-load');
        expect(root(element).querySelector('[aria-busy="true"]'), 'the skeleton goes').to.equal(null);
      });
    }

    it('shimmers, except for a reader who prefers reduced motion', async () => {
      const answer = deferred<Response>();
      backend = installFakeBackend(() => answer.promise);
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" endpoint="/api" consumer-id="c"></xs2a-report>`);
      await waitUntil(() => root(element).querySelector('.bone'), 'no skeleton');
      const bone = root(element).querySelector('.bone')!;
      expect(getComputedStyle(bone).animationName).to.equal('xs2a-shimmer');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(bone).animationName).to.equal('none');
    });
  });

  describe('no report yet, no match', () => {
    it('says there is no report yet before any data, in en, de and sv, and not that a period is empty', async () => {
      const texts: string[] = [];
      for (const locale of ['en', 'de', 'sv']) {
        const element = await fixture<Xs2aReport>(html`<xs2a-report locale=${locale}></xs2a-report>`);
        texts.push(statusText(element));
        expect(status(element)!.getAttribute('part')).to.equal('status no-report');
        await expect(element).shadowDom.to.be.accessible();
      }
      expect(texts).to.deep.equal([
        'No report yet Connect your bank to see your transactions here.',
        'Noch kein Bericht Verbinden Sie Ihre Bank, um hier Ihre Umsätze zu sehen.',
        'Ingen rapport än Anslut din bank för att se dina transaktioner här.',
      ]);
    });

    it('still says there is no report yet after the connection it follows was aborted', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><div id="bank"></div><xs2a-report locale="en" for="bank"></xs2a-report></div>`);
      const element = wrapper.querySelector<Xs2aReport>('xs2a-report')!;
      wrapper.querySelector('#bank')!.dispatchEvent(new CustomEvent('xs2a-abort', { bubbles: true, composed: true, detail: { flowId: 'f' } }));
      await element.updateComplete;
      expect(statusText(element)).to.equal('No report yet Connect your bank to see your transactions here.');
    });

    it('says there is no report yet after a fetch in flight was aborted by the report leaving the page', async () => {
      const answer = deferred<Response>();
      backend = installFakeBackend(() => answer.promise);
      const wrapper = await fixture<HTMLElement>(html`<div><xs2a-report locale="en" endpoint="/api" consumer-id="c"></xs2a-report></div>`);
      const element = wrapper.querySelector<Xs2aReport>('xs2a-report')!;
      await waitUntil(() => root(element).querySelector('[aria-busy="true"]'), 'no busy region');
      element.remove();
      wrapper.append(element);
      await element.updateComplete;
      expect(statusText(element)).to.equal('No report yet Connect your bank to see your transactions here.');
    });

    it('says "no match" when the filters exclude everything, which differs from "no report yet"', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de" .report=${modularReport()}></xs2a-report>`);
      const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'kein solcher Laden';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(status(element)!.getAttribute('part')).to.equal('status no-match');
      expect(statusText(element)).to.equal('Keine Umsätze passen zu diesen Filtern.');
      expect(root(element).querySelector('[part="header"]'), 'the report stays around it').not.to.equal(null);
      await expect(element).shadowDom.to.be.accessible();
    });

    it('shows what the page puts in slot="empty" instead of "no report yet", and only then', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en"><p slot="empty">Link an account to get started.</p></xs2a-report>`);
      const slot = root(element).querySelector<HTMLSlotElement>('slot[name="empty"]')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Link an account to get started.']);
      // The slotted content renders, the fallback does not.
      const shown = element.querySelector('p')!;
      expect(shown.getBoundingClientRect().height).to.be.greaterThan(0);
      expect([...slot.children].every((fallback) => (fallback as HTMLElement).getBoundingClientRect().height === 0)).to.equal(true);
      element.report = modularReport();
      await element.updateComplete;
      expect(root(element).querySelector('slot[name="empty"]'), 'no slot once a report shows').to.equal(null);
      expect(shown.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('errors', () => {
    const cases: { name: string; answer: () => Response | Promise<Response>; code: string; text: string }[] = [
      {
        name: 'a network failure',
        answer: () => Promise.reject(new TypeError('Failed to fetch')),
        code: 'network',
        text: "We couldn't load your transactions. Check your connection and try again.",
      },
      {
        name: 'a 404',
        answer: () => json(404, { error: { code: 'not_found', message: 'No such flow or consumer' } }),
        code: 'http',
        text: "We couldn't find this report. It may have expired: connect your bank again to get a new one.",
      },
      {
        name: 'a 503',
        answer: () => json(503, { error: { code: 'UPSTREAM', message: 'Klarna is down' } }),
        code: 'http',
        text: "Your transactions can't be loaded right now. Please try again in a moment.",
      },
      {
        name: 'a report that cannot be read',
        answer: () => json(200, { data: { accounts: 'nope' } }),
        code: 'invalid-response',
        text: "We received your transactions in a form we couldn't read. Please try again later.",
      },
    ];
    for (const { name, answer, code, text } of cases) {
      it(`shows ${name} in a consumer's words with a retry; the technical message is only in xs2a-error`, async () => {
        backend = installFakeBackend(answer);
        const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en"></xs2a-report>`);
        const failed = oneEvent<Xs2aErrorEvent>(element, 'xs2a-error');
        Object.assign(element, { endpoint: '/api', consumerId: 'c' });
        const { detail } = await failed;
        expect(detail.code).to.equal(code);
        expect(detail.message, 'the event has the technical message').not.to.equal('');
        const alert = root(element).querySelector('[role="alert"]')!;
        expect(plain(alert.querySelector('.status-title')?.textContent)).to.equal(text);
        expect(plain(root(element).textContent), 'none of it on screen').not.to.contain(detail.message);
        expect(plain(root(element).textContent)).not.to.match(/POST|\/api\/reports|answered|\b404\b|\b503\b/);
        expect(plain(root(element).querySelector('[part="retry-button"]')?.textContent)).to.equal('Try again');
        await expect(element).shadowDom.to.be.accessible();
      });
    }

    it('words a network failure in German and Swedish too', async () => {
      const texts: string[] = [];
      for (const locale of ['de', 'sv']) {
        backend = installFakeBackend(() => Promise.reject(new TypeError('Failed to fetch')));
        const element = await fixture<Xs2aReport>(html`<xs2a-report locale=${locale}></xs2a-report>`);
        const failed = oneEvent(element, 'xs2a-error');
        Object.assign(element, { endpoint: '/api', consumerId: 'c' });
        await failed;
        await element.updateComplete;
        texts.push(statusText(element));
        backend.restore();
      }
      expect(texts).to.deep.equal([
        'Ihre Umsätze konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut. Erneut versuchen',
        'Vi kunde inte ladda dina transaktioner. Kontrollera din anslutning och försök igen. Försök igen',
      ]);
    });

    it('fetches again on Retry and shows the report', async () => {
      let calls = 0;
      backend = installFakeBackend(() => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : json(200, modularReport())));
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en"></xs2a-report>`);
      const failed = oneEvent(element, 'xs2a-error');
      Object.assign(element, { endpoint: '/api', consumerId: 'c' });
      await failed;
      await element.updateComplete;
      const loaded = oneEvent(element, 'xs2a-report-load');
      root(element).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await loaded;
      expect(backend.calls()).to.deep.equal(['POST /api/reports', 'POST /api/reports']);
      expect(root(element).querySelector('[role="alert"]')).to.equal(null);
      expect(root(element).querySelector('xs2a-transaction-list')).not.to.equal(null);
    });
  });

  describe('the header balance', () => {
    it('shows the booked balance of BALANCES as of the refresh day', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en-GB" .report=${reportWithBalances()}></xs2a-report>`);
      expect(plain(root(element).querySelector('[part="balance"]')?.textContent)).to.equal('Balance on 31 Mar €2,390.00');
      await showRows(element);
      await expect(element).shadowDom.to.be.accessible();
    });

    it('falls back to the last balance over time, in German and Swedish', async () => {
      const texts: string[] = [];
      for (const locale of ['de-DE', 'sv-SE']) {
        const element = await fixture<Xs2aReport>(html`<xs2a-report locale=${locale} .report=${modularReport()}></xs2a-report>`);
        texts.push(plain(root(element).querySelector('[part="balance"]')?.textContent));
      }
      expect(texts).to.deep.equal(['Kontostand am 31. März 2.400,00 €', 'Saldo den 31 mars 2 400,00 €']);
    });

    it('masks the balance in privacy mode', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en-GB" masked .report=${reportWithBalances()}></xs2a-report>`);
      const text = plain(root(element).querySelector('[part="balance"]')?.textContent);
      expect(text).to.equal('Balance on 31 Mar ••••');
    });
  });

  describe('dark mode', () => {
    it('keeps every state accessible in dark mode: loading, no report yet, error, no match', async () => {
      const answer = deferred<Response>();
      backend = installFakeBackend(() => answer.promise);
      const loading = await fixture<Xs2aReport>(html`<xs2a-report locale="de" theme="dark" endpoint="/api" consumer-id="c"></xs2a-report>`);
      await waitUntil(() => root(loading).querySelector('[aria-busy="true"]'), 'no busy region');
      await expect(loading).shadowDom.to.be.accessible();
      backend.restore();

      const empty = await fixture<Xs2aReport>(html`<xs2a-report locale="de" theme="dark"></xs2a-report>`);
      await expect(empty).shadowDom.to.be.accessible();

      backend = installFakeBackend(() => json(503, { error: { code: 'UPSTREAM', message: 'down' } }));
      const failing = await fixture<Xs2aReport>(html`<xs2a-report locale="de" theme="dark"></xs2a-report>`);
      const failed = oneEvent(failing, 'xs2a-error');
      Object.assign(failing, { endpoint: '/api', consumerId: 'c' });
      await failed;
      await failing.updateComplete;
      expect(statusText(failing)).to.equal('Ihre Umsätze können gerade nicht geladen werden. Bitte versuchen Sie es gleich noch einmal. Erneut versuchen');
      await expect(failing).shadowDom.to.be.accessible();

      const unmatched = await fixture<Xs2aReport>(html`<xs2a-report locale="de" theme="dark" .report=${modularReport()}></xs2a-report>`);
      const input = root(unmatched).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'nichts';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await unmatched.updateComplete;
      await expect(unmatched).shadowDom.to.be.accessible();
    });

    for (const width of [375, 1280]) {
      it(`keeps the text off the report's edge in dark mode, and stays accessible (${width} px)`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style=${`width: ${width}px`}><xs2a-report locale="en" theme="dark" .report=${reportWithBalances()}></xs2a-report></div>`);
        const element = wrapper.querySelector<Xs2aReport>('xs2a-report')!;
        await element.updateComplete;
        const edge = element.getBoundingClientRect();
        const heading = root(element).querySelector('h2')!.getBoundingClientRect();
        const balance = root(element).querySelector('.balance-amount')!.getBoundingClientRect();
        expect(heading.left - edge.left, 'room on the left').to.be.greaterThan(8);
        expect(heading.top - edge.top, 'room on top').to.be.greaterThan(8);
        expect(edge.right - balance.right, 'room on the right').to.be.greaterThan(8);
        expect(getComputedStyle(element).backgroundColor, 'a dark surface').to.equal('rgb(27, 27, 31)');
        await showRows(element);
        await expect(element).shadowDom.to.be.accessible();
      });
    }
  });
});
