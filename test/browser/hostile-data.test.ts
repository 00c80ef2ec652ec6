/**
 * `<xs2a-report>` under hostile data: generated reports the normalizer accepts all render; every
 * string of the Big List of Naughty Strings, in every text field of a transaction, renders as
 * text, runs nothing and keeps the row height; no unsafe URL reaches an `href` or `src`; odd
 * numbers, currencies and dates render readably or as the typed error.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/report/define.js';
import '../../src/transaction-list/define.js';
import { groupIban, maskIban } from '../../src/format/iban.js';
import { normalizeReport } from '../../src/model/normalize-report.js';
import type { Xs2aErrorEvent } from '../../src/events/xs2a-error-event.js';
import type { Transaction } from '../../src/model/report-model.js';
import type { Xs2aReport } from '../../src/report/xs2a-report.js';
import type { Xs2aTransactionList } from '../../src/transaction-list/xs2a-transaction-list.js';
import { transaction as modelTransaction } from '../fixtures/transactions.js';
import { nextFrame, until, type UntilOptions } from '../helpers/until.js';
import type { HostilePageReport } from './fixtures/hostile-page.js';
import { runInPolicyFrame } from './helpers/policy-frame.js';
import { loadCorpus, naughtyReport, textFields } from './fixtures/naughty-reports.js';
import {
  applyMutations,
  fieldCases,
  fieldPaths,
  hostileUrls,
  mutatedReport,
  reportWithField,
  scriptTraps,
  validReport,
} from '../fixtures/report-arbitraries.js';

declare global {
  interface Window {
    /** Set by any injected script that ever runs. */
    __pwned?: boolean;
  }
}

// ---- traps ---------------------------------------------------------------------------------

interface Trap {
  /** Script errors, CSP violations and unhandled rejections that reached the page. */
  readonly events: string[];
  readonly pwned: boolean;
  uninstall(): void;
}

/**
 * Catches any script that runs: a global flag the payloads set, the dialogs the corpus calls
 * (`alert(123)`…), uncaught errors, unhandled rejections and CSP violations.
 */
function installTrap(): Trap {
  const events: string[] = [];
  const dialogs = ['alert', 'confirm', 'prompt', 'print'] as const;
  const saved = dialogs.map((name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const);
  window.__pwned = false;
  for (const name of dialogs) {
    Object.defineProperty(window, name, {
      configurable: true,
      writable: true,
      value: () => {
        window.__pwned = true;
        return null;
      },
    });
  }
  const onError = (event: ErrorEvent | Event): void => {
    const message = event instanceof ErrorEvent ? event.message : `${event.type} on ${(event.target as Element | null)?.tagName ?? 'window'}`;
    events.push(`error: ${message}`);
  };
  const onViolation = (event: SecurityPolicyViolationEvent): void => {
    events.push(`securitypolicyviolation: ${event.effectiveDirective} ${event.blockedURI}`);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    events.push(`unhandledrejection: ${String(event.reason)}`);
  };
  window.addEventListener('error', onError, true);
  document.addEventListener('securitypolicyviolation', onViolation, true);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    events,
    get pwned() {
      return window.__pwned === true;
    },
    uninstall() {
      window.removeEventListener('error', onError, true);
      document.removeEventListener('securitypolicyviolation', onViolation, true);
      window.removeEventListener('unhandledrejection', onRejection);
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(window, name, descriptor);
      }
      delete window.__pwned;
    },
  };
}

/**
 * Records every URL the page puts into a URL attribute, through `setAttribute` (how Lit binds
 * attributes) or a property such as `img.src`, even if the element is gone by the time a test
 * looks at the DOM (an icon that fails to load is replaced by an initial).
 */
function watchUrlAttributes(): { readonly urls: string[]; uninstall(): void } {
  const urls: string[] = [];
  const isUrlAttribute = (name: string): boolean => urlAttributes.includes(name.toLowerCase());
  const setAttribute = Object.getOwnPropertyDescriptor(Element.prototype, 'setAttribute')!;
  const setAttributeNS = Object.getOwnPropertyDescriptor(Element.prototype, 'setAttributeNS')!;
  Object.defineProperty(Element.prototype, 'setAttribute', {
    ...setAttribute,
    value(this: Element, name: string, value: string) {
      if (isUrlAttribute(name)) urls.push(value);
      (setAttribute.value as (this: Element, name: string, value: string) => void).call(this, name, value);
    },
  });
  Object.defineProperty(Element.prototype, 'setAttributeNS', {
    ...setAttributeNS,
    value(this: Element, namespace: string | null, name: string, value: string) {
      if (isUrlAttribute(name.replace(/^.*:/, ''))) urls.push(value);
      (setAttributeNS.value as (this: Element, namespace: string | null, name: string, value: string) => void).call(this, namespace, name, value);
    },
  });
  const properties: [object, string, PropertyDescriptor][] = [];
  for (const prototype of [HTMLImageElement.prototype, HTMLAnchorElement.prototype, HTMLIFrameElement.prototype, HTMLScriptElement.prototype, HTMLSourceElement.prototype, HTMLLinkElement.prototype]) {
    for (const name of ['src', 'href', 'srcset', 'srcdoc']) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
      if (!descriptor?.set) continue;
      // eslint-disable-next-line @typescript-eslint/unbound-method -- the original setter, called below with the element as `this`
      const setter = descriptor.set as (this: Element, value: unknown) => void;
      properties.push([prototype, name, descriptor]);
      Object.defineProperty(prototype, name, {
        ...descriptor,
        set(this: Element, value: unknown) {
          urls.push(String(value));
          setter.call(this, value);
        },
      });
    }
  }
  return {
    urls,
    uninstall() {
      Object.defineProperty(Element.prototype, 'setAttribute', setAttribute);
      Object.defineProperty(Element.prototype, 'setAttributeNS', setAttributeNS);
      for (const [prototype, name, descriptor] of properties) Object.defineProperty(prototype, name, descriptor);
    },
  };
}

// ---- the rendered tree ---------------------------------------------------------------------

/** `root` and every shadow root below it, however deep. */
function shadowRoots(root: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (node: ParentNode): void => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  if (root.shadowRoot) {
    roots.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return roots;
}

/** Every element in `root`'s light and shadow trees. */
const allElements = (root: Element): Element[] => [root, ...root.querySelectorAll('*'), ...shadowRoots(root).flatMap((shadow) => [...shadow.querySelectorAll('*')])];

/** Elements that never belong in a report, whatever the data. */
const forbiddenTags = new Set(['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'A', 'AREA', 'FORM', 'META', 'LINK', 'BASE', 'STYLE', 'DETAILS', 'MATH', 'TEMPLATE', 'VIDEO', 'AUDIO', 'SOURCE']);
/** Attributes that load or run something. */
const urlAttributes = ['href', 'src', 'srcset', 'srcdoc', 'xlink:href', 'action', 'formaction', 'poster', 'data', 'background', 'ping'];

interface Injection {
  tags: string[];
  handlers: string[];
  urls: string[];
  svgOutsideCharts: number;
}

/** The elements that draw their charts in SVG. */
const chartTags = new Set(['XS2A-CATEGORY-CHART', 'XS2A-BALANCE-CHART', 'XS2A-CASH-FLOW']);

/** The report's toolbar draws its own fixed icons (`src/report/toolbar-icons.ts`), each an `svg.icon`. */
const isToolbarIcon = (element: SVGElement, host: Element | undefined): boolean =>
  host?.tagName === 'XS2A-REPORT' && element.closest('[part~="toolbar"] svg.icon') !== null;

/** What in the rendered tree could run or load something. */
function injections(root: Element): Injection {
  const found: Injection = { tags: [], handlers: [], urls: [], svgOutsideCharts: 0 };
  for (const element of allElements(root)) {
    if (forbiddenTags.has(element.tagName)) found.tags.push(element.tagName);
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) found.handlers.push(`${element.tagName} ${attribute.name}`);
      if (urlAttributes.includes(attribute.name)) found.urls.push(attribute.value);
    }
    if (element instanceof SVGElement) {
      const host = (element.getRootNode() as ShadowRoot).host as Element | undefined;
      if (!chartTags.has(host?.tagName ?? '') && !isToolbarIcon(element, host)) found.svgOutsideCharts += 1;
    }
  }
  return found;
}

/** Text of the parts made from numbers and dates. */
const numericParts = ['[part~="amount"]', '[part="summary"] dd', '[part="group-header"]', '[part="sticky-header"]', '[part="result-count"]', '[part="total"]', '[part="share"]', '[part="readout"]', '[part~="axis"]'];
function numericTexts(root: Element): string[] {
  return shadowRoots(root).flatMap((shadow) => numericParts.flatMap((selector) => [...shadow.querySelectorAll(selector)].map((element) => element.textContent)));
}
const unreadable = /NaN|Infinity|Invalid Date|undefined|\[object/;

// ---- the list ------------------------------------------------------------------------------

const listOf = (report: Xs2aReport): Xs2aTransactionList | null => report.shadowRoot!.querySelector('xs2a-transaction-list');
const optionRows = (list: Xs2aTransactionList): HTMLElement[] => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];

/** The list places rows in animation frames, as it scrolls. */
const inFrames: UntilOptions = { between: 'frame' };

interface RowSnapshot {
  /** The `src` and `href` of every element in the row. Taken then: the list reuses a row's element for another row. */
  urls: string[];
  /** Distance from the top of the list's content, whatever it was scrolled to. */
  offset: number;
  height: number;
  /** The row's parts and their text. */
  texts: Record<string, string[]>;
  /** Tags of every element in the row. */
  tags: string[];
  /** The amount is inside the row, right of the text. */
  amountInside: boolean;
}

function snapshot(row: HTMLElement, scroller: HTMLElement): RowSnapshot {
  const box = row.getBoundingClientRect();
  const texts: Record<string, string[]> = {};
  for (const part of row.querySelectorAll('[part]')) {
    for (const name of (part.getAttribute('part') ?? '').split(' ')) (texts[name] ??= []).push(part.textContent);
  }
  const amount = row.querySelector('[part~="amount"]')!.getBoundingClientRect();
  const text = row.querySelector('.text')!.getBoundingClientRect();
  const amountInside = amount.left >= box.left - 0.5 && amount.right <= box.right + 0.5 && text.right <= amount.left + 0.5 && amount.top >= box.top - 0.5 && amount.bottom <= box.bottom + 0.5;
  const offset = box.top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  const urls = [...row.querySelectorAll('[src], [href]')].map((node) => node.getAttribute('src') ?? node.getAttribute('href') ?? '');
  return { urls, offset, height: box.height, texts, tags: [...row.querySelectorAll('*')].map((element) => element.tagName), amountInside };
}

interface EveryRow {
  /** A snapshot of each transaction row, by row index. */
  rows: Map<number, RowSnapshot>;
  /**
   * For each row index, its distance from the row before, measured while both were rendered at
   * one scroll position.
   */
  pitches: Map<number, number>;
}

/**
 * Scrolls the list from top to bottom and snapshots every transaction row on the way, by row
 * index. The list keeps only the rows near the view in the DOM.
 */
async function everyRow(list: Xs2aTransactionList): Promise<EveryRow> {
  const scroller = list.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
  list.scrollIntoView({ block: 'start' });
  const rows = new Map<number, RowSnapshot>();
  const pitches = new Map<number, number>();
  // Half a view at a time: the overlap catches each row.
  for (let top = 0; ; top += scroller.clientHeight / 2) {
    scroller.scrollTop = top;
    const view = scroller.getBoundingClientRect();
    // Rendered for this position once a row covers the top and another the bottom of the view.
    await until(() => {
      const boxes = optionRows(list).map((row) => row.getBoundingClientRect());
      const last = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
      return boxes.some((box) => box.top <= view.top + 40 && box.bottom > view.top) && (last || boxes.some((box) => box.bottom >= view.bottom && box.top < view.bottom));
    }, `rows at ${top}px`, inFrames);
    const atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
    if (atBottom) for (let count = 0; count < 3; count += 1) await nextFrame();
    const here = new Map(optionRows(list).map((row) => [Number(row.dataset.row), snapshot(row, scroller)]));
    for (const [index, row] of here) {
      rows.set(index, row);
      const previous = here.get(index - 1);
      if (previous) pitches.set(index, row.offset - previous.offset);
    }
    if (atBottom && scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
  }
  return { rows, pitches };
}

// ---- a page under a strict policy ----------------------------------------------------------

/** Runs the hostile page in an iframe under `policy` and returns what it saw. */
const runStrictPage = (policy: string, options: { probe?: boolean } = {}): Promise<HostilePageReport> =>
  runInPolicyFrame<HostilePageReport>({
    policy,
    script: '/test/browser/fixtures/hostile-page.ts',
    nonce: 'hostile-n0nce',
    options,
    // Tall enough that every row of a list of the whole corpus is inside the page's viewport.
    style: 'position: fixed; inset: 0 auto auto 0; width: 800px; height: 30000px; border: 0; opacity: 0.01',
  });

const strictPolicy = `script-src 'self' 'nonce-hostile-n0nce'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html`;

const rowHeight = 56;

describe('<xs2a-report> with hostile data', function () {
  this.timeout(120_000);

  let trap: Trap;
  /** The corpus and the script traps. */
  let corpus: string[] = [];
  before(async () => {
    corpus = await loadCorpus();
  });
  beforeEach(() => {
    trap = installTrap();
  });
  afterEach(() => {
    trap.uninstall();
  });

  describe('the trap', () => {
    it('catches a payload of the corpus that runs, as markup would run it', async () => {
      const probe = document.createElement('div');
      // The corpus' own payload, and one of the traps: both must set the flag once parsed as HTML.
      probe.innerHTML = '<img src=x onerror=alert(123) />';
      document.body.append(probe);
      await waitUntil(() => trap.pwned, 'the corpus payload did not trip the trap');
      window.__pwned = false;
      probe.innerHTML = scriptTraps[0]!;
      await waitUntil(() => trap.pwned, 'the trap payload did not trip the trap');
      expect(injections(probe).handlers).to.deep.equal(['IMG onerror']);
      probe.remove();
    });

    it('loaded the whole corpus', () => {
      expect(corpus.length).to.be.greaterThan(400 + scriptTraps.length);
      expect(corpus).to.include('<script>alert(123)</script>');
      for (const text of scriptTraps) expect(corpus).to.include(text);
    });
  });

  describe('every naughty string as text', () => {
    for (const field of textFields) {
      it(`in the ${field} of a transaction: shown as written, nothing runs, every row ${rowHeight}px`, async () => {
        const strings = corpus;
        const { report, transactions: made } = naughtyReport(field, strings);
        const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en-US" .report=${report}></xs2a-report>`);
        expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        const list = listOf(element)!;
        await list.updateComplete;
        const { rows, pitches } = await everyRow(list);

        // All on one day: the day's header is row 0, then the transactions in the report's order.
        expect(rows.size).to.equal(strings.length);
        made.forEach((item, index) => {
          const row = rows.get(index + 1);
          if (!row) throw new Error(`row ${index + 1} never rendered`);
          const label = `${field} = ${JSON.stringify(strings[index])}`;
          expect(row.texts[item.part]?.[0], label).to.equal(item.expected);
          expect(row.tags.every((tag) => tag === 'SPAN'), `${label}: ${row.tags.join(',')}`).to.equal(true);
          expect(row.height, label).to.be.closeTo(rowHeight, 0.5);
          expect(row.amountInside, `${label}: the amount left its place`).to.equal(true);
          // One row after another at the fixed pitch: no string made its row taller or shorter.
          if (index > 0) expect(pitches.get(index + 1), `${label}: distance from the row before`).to.be.closeTo(rowHeight, 0.5);
        });
        expect(injections(element)).to.deep.equal({ tags: [], handlers: [], urls: [], svgOutsideCharts: 0 });
        if (field === 'category name') {
          // The category filter lists every name too (its controls' code loads when they first open).
          element.shadowRoot!.querySelector<HTMLButtonElement>('[part="filters-button"]')!.click();
          await element.updateComplete;
          const options = [...element.shadowRoot!.querySelector('[part="filters"] select')!.querySelectorAll('option')].map((option) => option.textContent);
          for (const text of strings) expect(options, JSON.stringify(text)).to.include(text);
        }
        await nextFrame();
        expect(trap.pwned, 'a payload ran').to.equal(false);
        expect(trap.events).to.deep.equal([]);
      });
    }

    it('in the account IBAN: masked in the account switcher, grouped when revealed, as text', async () => {
      const strings = corpus;
      const report = {
        data: {
          accounts: strings.map((iban, index) => ({
            insights_account_id: `a${index}`,
            iban,
            bank_name: 'Bank',
            transactions: [{ id: 't', date: '2024-03-01', amount: { amount: -100, currency: 'EUR' } }],
          })),
        },
      };
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en-US" .report=${report}></xs2a-report>`);
      const root = element.shadowRoot!;
      const switcher = root.querySelector<HTMLSelectElement>('[part="account-switcher"]')!;
      // After "All accounts", one per account.
      const options = [...switcher.querySelectorAll('option')].slice(1);
      expect(options).to.have.length(strings.length);
      strings.forEach((iban, index) => {
        expect(options[index]!.textContent, JSON.stringify(iban)).to.contain(maskIban(iban));
      });
      // Revealed, one account after another: every string with markup, and every fourth of the rest.
      for (const [index, iban] of strings.entries()) {
        if (iban.trim() === '' || (!/[<>]/.test(iban) && index % 4 !== 0)) continue;
        switcher.value = String(index);
        switcher.dispatchEvent(new Event('change'));
        await element.updateComplete;
        root.querySelector<HTMLButtonElement>('.iban button')!.click();
        await element.updateComplete;
        expect(root.querySelector('.iban span')!.textContent, JSON.stringify(iban)).to.equal(groupIban(iban));
      }
      expect(injections(element)).to.deep.equal({ tags: [], handlers: [], urls: [], svgOutsideCharts: 0 });
      await nextFrame();
      expect(trap.pwned, 'a payload ran').to.equal(false);
      expect(trap.events).to.deep.equal([]);
    });
  });

  describe('on a page with a strict CSP and Trusted Types', () => {
    it('renders the whole corpus in every text field with no violation, no error and nothing run', async () => {
      const page = await runStrictPage(strictPolicy);
      expect(page.errors).to.deep.equal([]);
      expect(page.violations).to.deep.equal([]);
      expect(page.pwned).to.equal(false);
      expect(Object.keys(page.shown)).to.deep.equal(textFields);
      for (const field of textFields) {
        expect(page.shown[field], field).to.have.length(corpus.length);
        expect(page.shown[field], field).to.deep.equal(page.expected[field]);
      }
    });

    it('reports markup injected on that page: the listener works', async () => {
      const page = await runStrictPage(strictPolicy, { probe: true });
      expect(page.violations.some((violation) => violation.startsWith('require-trusted-types-for')), page.violations.join('\n')).to.equal(true);
      expect(page.pwned).to.equal(false);
    });
  });

  describe('brand URLs', () => {
    /** Served by the test server, so the image loads and stays. */
    const safeIcon = (): string => `${location.origin}/test/fixtures/icon.svg`;

    let watcher: ReturnType<typeof watchUrlAttributes>;
    beforeEach(() => {
      watcher = watchUrlAttributes();
    });
    afterEach(() => {
      watcher.uninstall();
    });

    it(`never put any of ${hostileUrls.length} unsafe URLs, as url or icon_url, into an href or src`, async () => {
      const safe = safeIcon();
      const brands = [
        ...hostileUrls.map((url) => ({ url, icon_url: url })),
        ...hostileUrls.map((url) => ({ url, icon_url: safe })),
        ...hostileUrls.map((url) => ({ url: safe, icon_url: url })),
      ];
      const transactions = brands.map((brand, index) => ({
        id: `t${index}`,
        date: '2024-03-01',
        amount: { amount: -(index + 1), currency: 'EUR' },
        brand: { id: `b${index}`, name: `Brand ${index}`, ...brand },
      }));
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en-US" .report=${{ data: { accounts: [{ insights_account_id: 'a', transactions }] } }}></xs2a-report>`);
      const { rows } = await everyRow(listOf(element)!);
      expect(rows.size).to.equal(brands.length);
      const sources: string[] = [];
      brands.forEach((brand, index) => {
        const { urls, tags } = rows.get(index + 1)!;
        if (brand.icon_url === safe) {
          // The one safe URL does reach `src`: the check below can see one.
          expect(urls, `row of ${JSON.stringify(brand.url)}`).to.deep.equal([safe]);
        } else {
          expect(tags, `icon_url ${JSON.stringify(brand.icon_url)}`).not.to.include('IMG');
        }
        sources.push(...urls);
      });
      expect(sources.length).to.equal(hostileUrls.length);
      // Every URL ever set on the page during the test: the safe icon, and nothing else. (Fewer
      // times than rows show it: a reused row element keeps an image of the same URL.)
      expect(watcher.urls.length).to.be.greaterThan(0);
      expect(watcher.urls.filter((url) => url !== safe)).to.deep.equal([]);
      const found = injections(element);
      expect(found.urls.every((url) => url === safe), found.urls.join('\n')).to.equal(true);
      expect(found.tags).to.deep.equal([]);
      expect(found.handlers).to.deep.equal([]);
      for (const node of allElements(element)) {
        for (const attribute of node.attributes) {
          // eslint-disable-next-line no-control-regex -- what a URL parser would skip before the scheme
          expect(attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase(), `${node.tagName} ${attribute.name}`).not.to.match(/^(javascript|vbscript|data):/);
        }
      }
      await nextFrame();
      expect(trap.pwned).to.equal(false);
      expect(trap.events).to.deep.equal([]);
    });

    it('drops the same URLs when a host gives the list transactions it built itself', async () => {
      const transactions: Transaction[] = hostileUrls.map((url, index) =>
        modelTransaction({ id: `h${index}`, amount: -100, reference: `Host ${index}`, brand: { id: `b${index}`, name: `Brand ${index}`, url, iconUrl: url } }),
      );
      transactions.push(modelTransaction({ id: 'ok', amount: -100, brand: { id: 'ok', name: 'Safe', iconUrl: safeIcon() } }));
      const list = await fixture<Xs2aTransactionList>(html`<xs2a-transaction-list
        style="--xs2a-list-height: 400px"
        locale="en-US"
        group-by="none"
        .transactions=${transactions}
      ></xs2a-transaction-list>`);
      const { rows } = await everyRow(list);
      expect(rows.size).to.equal(transactions.length);
      const sources = allElements(list).flatMap((node) => urlAttributes.map((name) => node.getAttribute(name)).filter((value) => value !== null));
      expect(sources).to.deep.equal([safeIcon()]);
      expect(watcher.urls).to.deep.equal([safeIcon()]);
      expect(trap.pwned).to.equal(false);
    });
  });

  describe('numbers, currencies and dates', () => {
    it(`show ${fieldCases.length} odd values readably, or the typed error naming the field`, async () => {
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="en-US"></xs2a-report>`);
      const root = element.shadowRoot!;
      let shown = 0;
      for (const item of fieldCases) {
        const label = `${item.field} = ${String(item.value)}`;
        // Cleared in between, so that no row of the previous case is taken for this one's.
        element.report = undefined;
        await element.updateComplete;
        let failure: Xs2aErrorEvent | undefined;
        const onError = (event: Xs2aErrorEvent): void => {
          failure = event;
        };
        element.addEventListener('xs2a-error', onError);
        element.report = reportWithField(item);
        await element.updateComplete;
        element.removeEventListener('xs2a-error', onError);
        const alert = root.querySelector('[role="alert"]');
        if (!item.accepted) {
          // The consumer reads a sentence; the page gets the field in the event.
          expect(alert?.textContent, label).to.contain("This report can't be shown");
          expect(failure?.detail.path, label).to.contain(fieldPaths[item.field]);
          continue;
        }
        expect(alert, label).to.equal(null);
        const list = listOf(element)!;
        list.scrollIntoView();
        await list.updateComplete;
        await until(() => optionRows(list).length === 2, 'both rows', inFrames);
        for (const chart of root.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('xs2a-category-chart, xs2a-balance-chart')) await chart.updateComplete;
        const texts = numericTexts(element);
        expect(texts.length, label).to.be.greaterThan(8);
        for (const text of texts) expect(text, label).not.to.match(unreadable);
        const amount = optionRows(list).find((row) => row.querySelector('[part="name"]')?.textContent === 'Case')!.querySelector('[part~="amount"]')!;
        expect(amount.textContent, label).to.match(/\d/);
        shown += 1;
      }
      expect(shown).to.equal(fieldCases.filter((item) => item.accepted).length);
      expect(trap.events).to.deep.equal([]);
    });
  });

  describe('generated reports', () => {
    it('renders each of 300 generated reports the normalizer accepts, with rows when there are transactions', async () => {
      const accepted = (report: unknown): boolean => {
        try {
          normalizeReport(report);
          return true;
        } catch {
          return false;
        }
      };
      const reports = fc.oneof(validReport, mutatedReport.map(applyMutations).filter(accepted));
      const element = await fixture<Xs2aReport>(html`<xs2a-report locale="de-DE"></xs2a-report>`);
      const root = element.shadowRoot!;
      let withRows = 0;
      await fc.assert(
        fc.asyncProperty(reports, async (report) => {
          element.report = undefined;
          await element.updateComplete;
          element.report = report;
          await element.updateComplete;
          expect(root.querySelector('[role="alert"]')?.textContent).to.equal(undefined);
          const account = element.normalizedReport!.accounts[0];
          const list = listOf(element);
          if (account && account.transactions.length > 0) {
            list!.scrollIntoView();
            await list!.updateComplete;
            await until(() => optionRows(list!).length > 0, 'rows', inFrames);
            const rows = optionRows(list!);
            expect(rows.length).to.be.within(1, Math.min(100, account.transactions.length));
            expect(rows[0]!.getAttribute('aria-setsize')).to.equal(String(account.transactions.length));
            withRows += 1;
          } else if (account) {
            await list!.updateComplete;
            expect(list!.shadowRoot!.querySelector('[part="empty"]')).not.to.equal(null);
          } else {
            expect(root.querySelector('[part~="status"]')).not.to.equal(null);
          }
          for (const text of numericTexts(element)) expect(text).not.to.match(unreadable);
          const found = injections(element);
          expect(found.tags).to.deep.equal([]);
          expect(found.handlers).to.deep.equal([]);
          expect(found.urls.every((url) => /^https?:\/\/[^/]/.test(url)), found.urls.join(' ')).to.equal(true);
          expect(trap.events).to.deep.equal([]);
        }),
        // Shrinking re-renders hundreds of reports: report the first failure as it is.
        { numRuns: 300, endOnFailure: true },
      );
      expect(withRows).to.be.greaterThan(100);
      expect(trap.pwned).to.equal(false);
    });
  });
});
