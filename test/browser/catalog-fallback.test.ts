/**
 * A catalog that cannot be loaded (a dropped request, a deployment whose old chunks are gone)
 * leaves the element in English, with one warning for the page and no unhandled rejection. Its
 * own page: the failing import stands in for German before German is first used.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/connect/define.js';
import '../../src/report/define.js';
import { connectWords } from '../../src/i18n/connect-loader.js';
import { displayWords } from '../../src/i18n/display-loader.js';
import { modularReport } from '../fixtures/reports.js';
import { plain } from '../helpers/text.js';

const failedImport = (): Promise<never> => Promise.reject(new TypeError('Failed to fetch dynamically imported module: de.js'));

describe('a catalog that fails to load', () => {
  const warnings: unknown[][] = [];
  const rejections: unknown[] = [];
  const { warn } = console;
  const onRejection = (event: PromiseRejectionEvent): void => {
    rejections.push(event.reason);
  };

  before(() => {
    displayWords.imports.de = failedImport;
    connectWords.imports.de = failedImport;
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
    };
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    console.warn = warn;
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('leaves German reports in English, warned about once', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de">
      <xs2a-report .report=${modularReport()}></xs2a-report>
      <xs2a-report locale="de-AT" .report=${modularReport()}></xs2a-report>
    </div>`);
    const reports = [...wrapper.querySelectorAll('xs2a-report')];
    await Promise.all(reports.map((report) => report.updateComplete));
    for (const report of reports) {
      const text = plain(report.shadowRoot?.textContent);
      expect(text).to.contain('Hide amounts');
      expect(text).to.not.contain('Beträge ausblenden');
    }
    // Let any rejection that nobody handled surface.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0]?.[0])).to.contain('de');
    expect(rejections).to.deep.equal([]);
  });

  it('labels a German <xs2a-connect> in English, with its own warning', async () => {
    const connect = await fixture<HTMLElementTagNameMap['xs2a-connect']>(html`<xs2a-connect language="de"></xs2a-connect>`);
    await connect.updateComplete;
    expect(plain(connect.shadowRoot?.querySelector('[part="button"] slot')?.textContent)).to.equal('Connect your bank');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warnings.length).to.equal(2);
    expect(rejections).to.deep.equal([]);
  });
});
