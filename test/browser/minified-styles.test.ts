/**
 * The builds minify the whitespace of every `css` literal (scripts/build/css-literals.ts). Here each
 * element's real styles, minified the same way, must parse into the same rules as the source.
 */
import { expect } from '@open-wc/testing';
import { CSSResult, type CSSResultOrNative } from 'lit';
import { minifyCss } from '../../scripts/build/css-literals.js';
// Registering the tags finalizes each class, which sets its `elementStyles`.
import '../../src/define.js';
import { Xs2aBalanceChart } from '../../src/balance-chart/xs2a-balance-chart.js';
import { Xs2aCategoryChart } from '../../src/category-chart/xs2a-category-chart.js';
import { Xs2aConnect } from '../../src/connect/xs2a-connect.js';
import { Xs2aReport } from '../../src/report/xs2a-report.js';
import { Xs2aTransactionList } from '../../src/transaction-list/xs2a-transaction-list.js';
import { Xs2aTransactionDetail } from '../../src/transaction-detail/xs2a-transaction-detail.js';
import { Xs2aCashFlow } from '../../src/cash-flow/xs2a-cash-flow.js';
import { Xs2aCommitments } from '../../src/commitments/xs2a-commitments.js';
import { Xs2aAffordability } from '../../src/affordability/xs2a-affordability.js';

const rulesOf = (text: string): string[] => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return Array.from(sheet.cssRules, (rule) => rule.cssText);
};

/** The source text of a style; Chromium adopts style sheets, so Lit keeps each as a CSSResult. */
const textOf = (style: CSSResultOrNative): string => {
  if (!(style instanceof CSSResult)) throw new Error('expected the CSSResult of a css literal');
  return style.cssText;
};

const elements = { Xs2aConnect, Xs2aReport, Xs2aTransactionList, Xs2aTransactionDetail, Xs2aCategoryChart, Xs2aBalanceChart, Xs2aCashFlow, Xs2aCommitments, Xs2aAffordability };

describe('minified styles', () => {
  for (const [name, element] of Object.entries(elements)) {
    it(`${name}: the same rules, in fewer bytes`, () => {
      const texts = element.elementStyles.map(textOf);
      expect(texts.length).to.be.greaterThan(0);
      let before = 0;
      let after = 0;
      for (const text of texts) {
        const minified = minifyCss(text);
        const rules = rulesOf(text);
        expect(rules.length, text.slice(0, 80)).to.be.greaterThan(0);
        expect(rulesOf(minified)).to.deep.equal(rules);
        before += text.length;
        after += minified.length;
      }
      expect(after).to.be.lessThan(before * 0.9);
    });
  }
});
