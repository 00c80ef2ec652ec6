/**
 * German and Swedish words load when an element first shows them, and an element waits for them:
 * its first words are in its language, never English first. Each language is loaded for the
 * first time in its own test (the catalogs load once per page), so the order matters.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement, PropertyValues } from 'lit';
import '../../src/connect/define.js';
import '../../src/report/define.js';
import { modularReport } from '../fixtures/reports.js';
import { plain } from '../helpers/text.js';

/** Text and accessible names of an element's shadow DOM and of the elements rendered into it. */
function deepText(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  const parts = [root.textContent];
  for (const node of root.querySelectorAll('*')) {
    const label = node.getAttribute('aria-label');
    if (label) parts.push(label);
    if (node.shadowRoot) parts.push(deepText(node));
  }
  return plain(parts.join(' '));
}

/** What the element showed after each of its updates, recorded as Lit finishes each one. */
function recordUpdates(element: LitElement): string[] {
  const frames: string[] = [];
  const { updated } = element as unknown as { updated: (changed: PropertyValues) => void };
  Object.defineProperty(element, 'updated', {
    value(this: LitElement, changed: PropertyValues) {
      frames.push(deepText(this));
      updated.call(this, changed);
    },
  });
  return frames;
}

/** Words the report shows in each language: its toolbar, list and figures. */
const reportWords = {
  en: ['Hide amounts', 'Search transactions', 'Income', 'Expenses', 'Loading'],
  de: ['Beträge ausblenden', 'Umsätze durchsuchen', 'Einnahmen', 'Ausgaben'],
  sv: ['Dölj belopp', 'Sök transaktioner', 'Inkomster', 'Utgifter'],
};

/** A report under an ancestor's `lang`, its updates recorded from the first. */
async function reportUnder(lang: string): Promise<{ report: LitElement; frames: string[] }> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const report = document.createElement('xs2a-report');
  const frames = recordUpdates(report);
  report.report = modularReport();
  wrapper.append(report);
  document.body.append(wrapper);
  await report.updateComplete;
  const list = report.shadowRoot?.querySelector('xs2a-transaction-list');
  await list?.updateComplete;
  return { report, frames };
}

describe('words in the element’s language', () => {
  afterEach(() => {
    for (const wrapper of document.querySelectorAll('body > div[lang]')) wrapper.remove();
  });

  for (const language of ['de', 'sv'] as const) {
    it(`shows a ${language === 'de' ? 'German' : 'Swedish'} report’s first words in ${language}, with no English frame before`, async () => {
      const { report, frames } = await reportUnder(language);
      await waitUntil(() => deepText(report).includes(reportWords[language][0]!), `the report shows no ${language} words`);
      expect(frames.length, 'updates recorded').to.be.greaterThan(0);
      for (const [index, frame] of frames.entries()) {
        const english = reportWords.en.filter((word) => frame.includes(word));
        expect(english, `English words in update ${index + 1}: ${frame.slice(0, 200)}`).to.deep.equal([]);
      }
      const first = frames.find((frame) => frame.length > 0) ?? '';
      expect(reportWords[language].some((word) => first.includes(word)), `first words: ${first.slice(0, 200)}`).to.equal(true);
    });
  }

  it('shows English at once, in the first update', async () => {
    const { frames } = await reportUnder('en-GB');
    expect(frames[0]).to.contain('Hide amounts');
  });

  it('labels a German <xs2a-connect> in German from its first update', async () => {
    const connect = document.createElement('xs2a-connect');
    connect.language = 'de';
    const frames = recordUpdates(connect);
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    wrapper.append(connect);
    document.body.append(wrapper);
    await connect.updateComplete;
    // The label is the slot's fallback content, which the button shows when the page gives none.
    const slot = connect.shadowRoot?.querySelector('[part="button"] slot');
    expect(plain(slot?.textContent)).to.equal('Bank verbinden');
    expect(frames.length).to.be.greaterThan(0);
    for (const frame of frames) expect(frame).to.not.contain('Connect your bank');
  });

  it('switches a shown report to another language in one update, when its catalog is in', async () => {
    const { report, frames } = await reportUnder('en');
    expect(deepText(report)).to.contain('Hide amounts');
    frames.length = 0;
    (report.parentElement as HTMLElement).lang = 'de-AT';
    await waitUntil(() => deepText(report).includes('Beträge ausblenden'), 'the report did not switch to German');
    for (const frame of frames) expect(frame).to.not.contain('Hide amounts');
  });
});
