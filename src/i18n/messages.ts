/**
 * The words the elements show, in English, German and Swedish (Klarna's first markets).
 * Numbers, money and dates are not here: `Intl` formats them in the element's locale.
 */

export type Language = 'en' | 'de' | 'sv';

/** Formatted amounts the balance chart's label names. */
export interface BalanceChartValues {
  first: string;
  last: string;
  min: string;
  max: string;
}

export interface Messages {
  loading: string;
  loadError: string;
  retry: string;
  empty: string;
  noMatches: string;
  clearFilters: string;
  searchLabel: string;
  searchPlaceholder: string;
  categoryFilter: string;
  allCategories: string;
  directionFilter: string;
  allDirections: string;
  income: string;
  expenses: string;
  net: string;
  fromDate: string;
  toDate: string;
  minAmount: string;
  maxAmount: string;
  sortLabel: string;
  sortNewest: string;
  sortOldest: string;
  sortLargestExpense: string;
  sortLargestIncome: string;
  groupLabel: string;
  groupByDay: string;
  groupByMonth: string;
  resultCount: (count: number, total: number) => string;
  hideAmounts: string;
  showAmounts: string;
  exportCsv: string;
  recurring: string;
  pending: string;
  other: string;
  uncategorized: string;
  transactions: string;
  expenseCategories: string;
  balanceOverTime: string;
  category: string;
  amount: string;
  share: string;
  date: string;
  balance: string;
  account: string;
  accountSwitcher: string;
  holder: string;
  showIban: string;
  hideIban: string;
  refreshedAt: (when: string) => string;
  summary: string;
  dayTotal: string;
  chartAsTable: string;
  noExpenses: string;
  noBalances: string;
  /** The balance chart's accessible name; without `values` in privacy mode. */
  balanceChartLabel: (from: string, to: string, values?: BalanceChartValues) => string;
  chartKeyboardHint: string;
}

const countFormats = new Map<string, Intl.NumberFormat>();

/** A count with the language's digit grouping: 100,000 · 100.000 · 100 000. */
function counted(language: string, count: number): string {
  let format = countFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    countFormats.set(language, format);
  }
  return format.format(count);
}

const en: Messages = {
  loading: 'Loading transactions…',
  loadError: 'The report could not be loaded.',
  retry: 'Try again',
  empty: 'No transactions in this period.',
  noMatches: 'No transactions match these filters.',
  clearFilters: 'Clear filters',
  searchLabel: 'Search transactions',
  searchPlaceholder: 'Search reference, name, brand or category',
  categoryFilter: 'Category',
  allCategories: 'All categories',
  directionFilter: 'Type',
  allDirections: 'Income and expenses',
  income: 'Income',
  expenses: 'Expenses',
  net: 'Net',
  fromDate: 'From',
  toDate: 'To',
  minAmount: 'Min amount',
  maxAmount: 'Max amount',
  sortLabel: 'Sort',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  sortLargestExpense: 'Largest expense first',
  sortLargestIncome: 'Largest income first',
  groupLabel: 'Group',
  groupByDay: 'By day',
  groupByMonth: 'By month',
  resultCount: (count, total) =>
    count === total ? (total === 1 ? '1 transaction' : `${counted('en', total)} transactions`) : `${counted('en', count)} of ${counted('en', total)} transactions`,
  hideAmounts: 'Hide amounts',
  showAmounts: 'Show amounts',
  exportCsv: 'Export CSV',
  recurring: 'Recurring',
  pending: 'Pending',
  other: 'Other',
  uncategorized: 'Uncategorized',
  transactions: 'Transactions',
  expenseCategories: 'Expenses by category',
  balanceOverTime: 'Balance over time',
  category: 'Category',
  amount: 'Amount',
  share: 'Share',
  date: 'Date',
  balance: 'Balance',
  account: 'Account',
  accountSwitcher: 'Choose account',
  holder: 'Account holder',
  showIban: 'Show full IBAN',
  hideIban: 'Mask IBAN',
  refreshedAt: (when) => `Updated ${when}`,
  summary: 'Summary',
  dayTotal: 'Total',
  chartAsTable: 'Show as table',
  noExpenses: 'No expenses in this period.',
  noBalances: 'Not enough balance data for a chart.',
  balanceChartLabel: (from, to, values) =>
    `Balance from ${from} to ${to}` + (values ? `: ${values.first} at the start, ${values.last} at the end, lowest ${values.min}, highest ${values.max}` : ''),
  chartKeyboardHint: 'Arrow keys move from day to day; Home and End jump to the first and the last day.',
};

const de: Messages = {
  loading: 'Umsätze werden geladen…',
  loadError: 'Der Bericht konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
  empty: 'Keine Umsätze in diesem Zeitraum.',
  noMatches: 'Keine Umsätze passen zu diesen Filtern.',
  clearFilters: 'Filter zurücksetzen',
  searchLabel: 'Umsätze durchsuchen',
  searchPlaceholder: 'Verwendungszweck, Name, Marke oder Kategorie',
  categoryFilter: 'Kategorie',
  allCategories: 'Alle Kategorien',
  directionFilter: 'Art',
  allDirections: 'Einnahmen und Ausgaben',
  income: 'Einnahmen',
  expenses: 'Ausgaben',
  net: 'Saldo',
  fromDate: 'Von',
  toDate: 'Bis',
  minAmount: 'Mindestbetrag',
  maxAmount: 'Höchstbetrag',
  sortLabel: 'Sortierung',
  sortNewest: 'Neueste zuerst',
  sortOldest: 'Älteste zuerst',
  sortLargestExpense: 'Größte Ausgabe zuerst',
  sortLargestIncome: 'Größte Einnahme zuerst',
  groupLabel: 'Gruppierung',
  groupByDay: 'Nach Tag',
  groupByMonth: 'Nach Monat',
  resultCount: (count, total) =>
    count === total ? (total === 1 ? '1 Umsatz' : `${counted('de', total)} Umsätze`) : `${counted('de', count)} von ${counted('de', total)} Umsätzen`,
  hideAmounts: 'Beträge ausblenden',
  showAmounts: 'Beträge anzeigen',
  exportCsv: 'CSV exportieren',
  recurring: 'Wiederkehrend',
  pending: 'Vorgemerkt',
  other: 'Sonstige',
  uncategorized: 'Ohne Kategorie',
  transactions: 'Umsätze',
  expenseCategories: 'Ausgaben nach Kategorie',
  balanceOverTime: 'Kontostand im Verlauf',
  category: 'Kategorie',
  amount: 'Betrag',
  share: 'Anteil',
  date: 'Datum',
  balance: 'Kontostand',
  account: 'Konto',
  accountSwitcher: 'Konto wählen',
  holder: 'Kontoinhaber',
  showIban: 'IBAN vollständig anzeigen',
  hideIban: 'IBAN maskieren',
  refreshedAt: (when) => `Stand ${when}`,
  summary: 'Übersicht',
  dayTotal: 'Summe',
  chartAsTable: 'Als Tabelle anzeigen',
  noExpenses: 'Keine Ausgaben in diesem Zeitraum.',
  noBalances: 'Zu wenige Kontostände für ein Diagramm.',
  balanceChartLabel: (from, to, values) =>
    `Kontostand vom ${from} bis ${to}` + (values ? `: ${values.first} zu Beginn, ${values.last} am Ende, niedrigster ${values.min}, höchster ${values.max}` : ''),
  chartKeyboardHint: 'Pfeiltasten gehen von Tag zu Tag; Pos1 und Ende springen zum ersten und letzten Tag.',
};

const sv: Messages = {
  loading: 'Transaktioner laddas…',
  loadError: 'Rapporten kunde inte laddas.',
  retry: 'Försök igen',
  empty: 'Inga transaktioner under perioden.',
  noMatches: 'Inga transaktioner matchar filtren.',
  clearFilters: 'Rensa filter',
  searchLabel: 'Sök transaktioner',
  searchPlaceholder: 'Sök meddelande, namn, varumärke eller kategori',
  categoryFilter: 'Kategori',
  allCategories: 'Alla kategorier',
  directionFilter: 'Typ',
  allDirections: 'Inkomster och utgifter',
  income: 'Inkomster',
  expenses: 'Utgifter',
  net: 'Netto',
  fromDate: 'Från',
  toDate: 'Till',
  minAmount: 'Lägsta belopp',
  maxAmount: 'Högsta belopp',
  sortLabel: 'Sortering',
  sortNewest: 'Nyast först',
  sortOldest: 'Äldst först',
  sortLargestExpense: 'Största utgift först',
  sortLargestIncome: 'Största inkomst först',
  groupLabel: 'Gruppering',
  groupByDay: 'Per dag',
  groupByMonth: 'Per månad',
  resultCount: (count, total) =>
    count === total ? (total === 1 ? '1 transaktion' : `${counted('sv', total)} transaktioner`) : `${counted('sv', count)} av ${counted('sv', total)} transaktioner`,
  hideAmounts: 'Dölj belopp',
  showAmounts: 'Visa belopp',
  exportCsv: 'Exportera CSV',
  recurring: 'Återkommande',
  pending: 'Reserverad',
  other: 'Övrigt',
  uncategorized: 'Okategoriserad',
  transactions: 'Transaktioner',
  expenseCategories: 'Utgifter per kategori',
  balanceOverTime: 'Saldo över tid',
  category: 'Kategori',
  amount: 'Belopp',
  share: 'Andel',
  date: 'Datum',
  balance: 'Saldo',
  account: 'Konto',
  accountSwitcher: 'Välj konto',
  holder: 'Kontoinnehavare',
  showIban: 'Visa hela IBAN',
  hideIban: 'Maskera IBAN',
  refreshedAt: (when) => `Uppdaterad ${when}`,
  summary: 'Översikt',
  dayTotal: 'Summa',
  chartAsTable: 'Visa som tabell',
  noExpenses: 'Inga utgifter under perioden.',
  noBalances: 'För få saldon för ett diagram.',
  balanceChartLabel: (from, to, values) =>
    `Saldo från ${from} till ${to}` + (values ? `: ${values.first} i början, ${values.last} i slutet, lägsta ${values.min}, högsta ${values.max}` : ''),
  chartKeyboardHint: 'Piltangenterna flyttar från dag till dag; Home och End hoppar till första och sista dagen.',
};

const catalogs: Record<Language, Messages> = { en, de, sv };

/** The language of a BCP 47 locale this package speaks, English otherwise: `de-AT` → `de`. */
export function languageOf(locale: string | undefined): Language {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return language === 'de' || language === 'sv' ? language : 'en';
}

export const messagesFor = (locale: string | undefined): Messages => catalogs[languageOf(locale)];

/**
 * The locale an element formats in: its own `locale` attribute, else the nearest `lang` up
 * the tree (through shadow roots), else the document's, else the browser's.
 */
export function resolveLocale(element: Element, explicit?: string): string {
  if (explicit) return explicit;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang') as string;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return navigator.language || 'en';
}
