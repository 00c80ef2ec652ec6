/**
 * A page with a report raises no window error: "ResizeObserver loop completed with undelivered
 * notifications" reaches every error tracker (and Angular's ErrorHandler logs it as ERROR), so the
 * elements must not cause it, on the first render, on scrolling, on a resize or a search.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { Xs2aReport } from '../../src/report/xs2a-report.js';
import { modularReport } from '../fixtures/reports.js';
import { watchPageErrors } from './helpers/page-errors.js';

const frames = (count: number): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number): void => {
      if (left === 0) resolve();
      else requestAnimationFrame(() => { step(left - 1); });
    };
    step(count);
  });

describe('ResizeObserver loop errors', () => {
  it('a report rendered, scrolled, resized and searched raises no window error', async () => {
    const errors = watchPageErrors();
    try {
      const report = await fixture<Xs2aReport>(html`<div style="width: 900px"><xs2a-report .report=${modularReport()}></xs2a-report></div>`).then((wrapper) => wrapper.querySelector('xs2a-report')!);
      await waitUntil(() => report.shadowRoot?.querySelector('xs2a-transaction-list'), 'no list');
      const list = report.shadowRoot!.querySelector('xs2a-transaction-list')!;
      list.scrollIntoView();
      await waitUntil(() => list.shadowRoot?.querySelector('[role="option"]'), 'no rows', { timeout: 3000 });
      await frames(10);
      const scroller = list.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
      for (let i = 0; i < 10; i++) {
        scroller.scrollTop += 200;
        await frames(2);
      }
      (report.parentElement as HTMLElement).style.width = '360px';
      await frames(10);
      const search = report.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');
      if (search) {
        search.value = 'a';
        search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      await frames(20);
      expect(errors.caught.map(String)).to.deep.equal([]);
    } finally {
      errors.uninstall();
    }
  });
});
