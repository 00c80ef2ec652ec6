/**
 * The report's filter controls, custom dates and CSV export load their code on first use. Their
 * own page, so that each use here is the first: a control whose code is on its way still does
 * what the person asked once it arrives, the code starts loading when the person points at the
 * control, and code that cannot be loaded is an `xs2a-error` (`network`) on a report that keeps
 * working, never an unhandled rejection.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/report/define.js';
import { isXs2aError } from '../../src/errors.js';
import type { Xs2aErrorEvent } from '../../src/events/xs2a-error-event.js';
import { controlModules } from '../../src/report/report-controls.js';
import type { Xs2aReport } from '../../src/report/xs2a-report.js';
import { modularReport } from '../fixtures/reports.js';

const root = (element: Xs2aReport): ShadowRoot => element.shadowRoot!;
const $ = (element: Xs2aReport, selector: string): HTMLElement | null => root(element).querySelector<HTMLElement>(selector);
const resultCount = (element: Xs2aReport): string => $(element, '[part="result-count"]')?.textContent.trim() ?? '';

/** The element focus is on, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The page's requests for a module, by the end of its path. */
const requested = (file: string): number => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith(file)).length;

const offline = (): Promise<never> => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

describe('<xs2a-report> controls whose code loads on first use', () => {
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent): void => {
    rejections.push(event.reason);
  };
  const importers = { ...Object.fromEntries(Object.entries(controlModules).map(([name, module]) => [name, module.importer])) } as Record<keyof typeof controlModules, () => Promise<never>>;

  before(async () => {
    // The test runner's own modules fill the default buffer of 250 entries.
    performance.setResourceTimingBufferSize(100_000);
    await setViewport({ width: 1280, height: 800 });
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('unhandledrejection', onRejection);
  });

  describe('offline', () => {
    before(() => {
      for (const module of Object.values(controlModules)) module.importer = offline;
    });
    after(() => {
      for (const [name, module] of Object.entries(controlModules)) module.importer = importers[name as keyof typeof controlModules];
    });

    it('reports Filters that cannot load as an xs2a-error and keeps the report, and the next click tries again', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport(12)}></xs2a-report>`);
      const failed = oneEvent<Xs2aErrorEvent>(element, 'xs2a-error');
      $(element, '[part="filters-button"]')!.click();
      const { detail } = await failed;
      await element.updateComplete;
      expect(detail.code).to.equal('network');
      expect(detail.message).to.contain('filter controls');
      expect($(element, '[part="filters-button"]')!.getAttribute('aria-expanded')).to.equal('false');
      expect(resultCount(element), 'the report stays').to.equal('12 transactions');

      controlModules.filters.importer = importers.filters;
      $(element, '[part="filters-button"]')!.click();
      await element.updateComplete;
      expect((root(element).querySelector<HTMLDialogElement>('[part="filters"]'))?.open).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(rejections).to.deep.equal([]);
    });

    it('rejects toCsv() with an Xs2aError, fires xs2a-error, and Export downloads nothing', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport(12)}></xs2a-report>`);
      const failed = oneEvent<Xs2aErrorEvent>(element, 'xs2a-error');
      const error = await element.toCsv().then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(isXs2aError(error) && error.code).to.equal('network');
      expect((await failed).detail.message).to.contain('CSV export');

      const errors: Xs2aErrorEvent[] = [];
      element.addEventListener('xs2a-error', (event) => errors.push(event));
      $(element, '[part="export"]')!.click();
      await element.updateComplete;
      expect(errors.map((event) => event.detail.code)).to.deep.equal(['network']);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(rejections).to.deep.equal([]);
    });
  });

  describe('online', () => {
    it('starts loading the export when the pointer reaches Export, and downloads the rows shown at the click', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport(12)}></xs2a-report>`);
      expect(requested('/csv-export.ts'), 'nothing before the person points at Export').to.equal(0);
      const box = $(element, '[part="export"]')!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await waitUntil(() => requested('/csv-export.ts') === 1, 'the export was not requested on pointerenter', { timeout: 3000 });

      const saved: string[] = [];
      const { prototype } = HTMLAnchorElement;
      Object.defineProperty(prototype, 'click', {
        configurable: true,
        value(this: HTMLAnchorElement) {
          saved.push(this.download);
        },
      });
      try {
        $(element, '[part="export"]')!.click();
        await element.updateComplete;
      } finally {
        Reflect.deleteProperty(prototype, 'click');
      }
      expect(saved).to.have.length(1);
      expect(saved[0]).to.match(/^transactions-.*\.csv$/);
      const lines = (await element.toCsv()).trim().split('\r\n');
      expect(lines).to.have.length(13);
    });

    it('shows the custom dates once their code is here, and updateComplete waits for them', async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de" .report=${modularReport(12)}></xs2a-report>`);
      expect(requested('/date-field.ts')).to.equal(0);
      const select = root(element).querySelector<HTMLSelectElement>('[part="period"]')!;
      select.value = 'custom';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(root(element).querySelector<HTMLInputElement>('#report-from-date')?.placeholder).to.equal('TT.MM.JJJJ');
      expect($(element, '#report-to-date')).to.not.equal(null);
    });

    it('opens the filter sheet from the keyboard with focus on its first control, once its code is here', async () => {
      await setViewport({ width: 375, height: 800 });
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en" .report=${modularReport(12)}></xs2a-report>`);
      const button = $(element, '[part="filters-button"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const dialog = root(element).querySelector<HTMLDialogElement>('[part="filters"]')!;
      expect(dialog.matches(':modal')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(deepActive()).to.equal(dialog.querySelector('select'));
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(deepActive()).to.equal(button);
      await setViewport({ width: 1280, height: 800 });
    });
  });
});
