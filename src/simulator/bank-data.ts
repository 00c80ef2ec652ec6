/**
 * The test bank's consumers: accounts and about three months of realistic German account
 * activity (salary, rent, groceries, streaming, insurance, transport), or N transactions for load
 * tests. Everything comes from a {@link Random} keyed by the simulator's seed and the consumer.
 */
import { parseIsoDate, toIsoDate } from '../format/date.js';
import type { BrandKey, CategoryKey } from './catalog.js';
import { Random } from './prng.js';

export interface SimAccount {
  /** Both the XS2A account id and the `insights_account_id`. */
  id: string;
  name: string;
  iban: string;
  bic: string;
  bank_code: string;
  bank_name: string;
  account_number: string;
  holder_name: string;
  currency: string;
  type: 'DEFAULT' | 'SAVING';
  /** How far below zero the account may go, in cents. */
  overdraft: number;
  /** Balance before the first generated transaction, in cents. */
  openingBalance: number;
}

export interface SimTransaction {
  id: string;
  accountId: string;
  date: string;
  /** Unsigned, in cents; `type` says the direction, as XS2A does. */
  amount: number;
  type: 'DEBIT' | 'CREDIT';
  state: 'PROCESSED' | 'PENDING';
  reference: string;
  counterparty: { holder_name: string; iban?: string };
  category: CategoryKey;
  brand: BrandKey | undefined;
  recurring: boolean;
  method: 'TRANSFER' | 'DIRECT_DEBIT' | 'CARD';
}

export interface ConsumerData {
  accounts: SimAccount[];
  /** Per account id, oldest first. */
  transactions: Map<string, SimTransaction[]>;
}

export interface Profile {
  holderName: string;
  accounts: SimAccount[];
  salary: number;
  rent: number;
  employer: string;
  landlord: string;
}

const firstNames = ['Anna', 'Lukas', 'Marie', 'Jonas', 'Sophie', 'Felix', 'Laura', 'Paul', 'Lea', 'Max'] as const;
const lastNames = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schulz'] as const;
const employers = ['Nordlicht Software GmbH', 'Rheinwerk Logistik AG', 'Isar Medien GmbH', 'Elbtal Maschinenbau GmbH'] as const;
const landlords = ['Hausverwaltung Becker GmbH', 'Wohnbau Süd eG', 'Immobilien Krause KG'] as const;

const bankCode = '88888888';
const bankName = 'Testbank';
const bic = 'TESTDEFFXXX';

/** A German IBAN with valid check digits: `DE` + 2 check digits + bank code + 10-digit account. */
export function germanIban(blz: string, account: string): string {
  const bban = blz + account;
  // Country letters D=13, E=14, then `00` for the check digits; mod 97 in chunks to stay in range.
  const numeric = `${bban}131400`;
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `DE${String(98 - remainder).padStart(2, '0')}${bban}`;
}

/** Who the consumer is and which accounts they hold; cheap, known right after login. */
export function createProfile(seed: string, consumerKey: string): Profile {
  const random = new Random(seed, consumerKey, 'profile');
  const holderName = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
  const account = (name: string, type: SimAccount['type'], openingBalance: number): SimAccount => {
    const accountNumber = random.digits(10);
    return {
      id: random.uuid(),
      name,
      iban: germanIban(bankCode, accountNumber),
      bic,
      bank_code: bankCode,
      bank_name: bankName,
      account_number: accountNumber,
      holder_name: holderName,
      currency: 'EUR',
      type,
      overdraft: type === 'DEFAULT' ? 100_000 : 0,
      openingBalance,
    };
  };
  return {
    holderName,
    accounts: [account('Girokonto', 'DEFAULT', random.int(1500, 4000) * 100), account('Tagesgeld', 'SAVING', random.int(5000, 12000) * 100)],
    salary: random.int(2900, 4200) * 100 + random.int(0, 99),
    rent: random.int(750, 1250) * 100,
    employer: random.pick(employers),
    landlord: random.pick(landlords),
  };
}

interface Draft {
  amount: number;
  type: 'DEBIT' | 'CREDIT';
  reference: string;
  counterparty: { holder_name: string; iban?: string };
  category: CategoryKey;
  brand?: BrandKey;
  recurring?: boolean;
  method: SimTransaction['method'];
}

const germanMonths = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] as const;

/** Occasional spending, drawn per day in the realistic scenario and per row in the load scenario. */
function groceries(random: Random): Draft {
  const shop = random.pick(['rewe', 'rewe', 'edeka', 'lidl', 'lidl'] as const);
  const names = { rewe: ['REWE Markt GmbH', 'REWE SAGT DANKE'], edeka: ['EDEKA Handelsgesellschaft', 'EDEKA MARKT'], lidl: ['Lidl Dienstleistung GmbH', 'LIDL DIENSTL. SAGT DANKE'] } as const;
  const [holder, text] = names[shop];
  return { amount: random.int(650, 9800), type: 'DEBIT', reference: `${text} ${random.digits(8)}`, counterparty: { holder_name: holder }, category: 'groceries', brand: shop, method: 'CARD' };
}

const occasional: readonly [number, (random: Random) => Draft][] = [
  [0.03, (random) => ({ amount: random.int(2995, 12990), type: 'DEBIT', reference: `transfer to esprit online shop ${random.digits(9)}`, counterparty: { holder_name: 'esprit germany' }, category: 'clothes', brand: 'esprit', method: 'TRANSFER' })],
  [0.07, (random) => ({ amount: random.int(1490, 4590), type: 'DEBIT', reference: `Lieferando Bestellung ${random.digits(7)}`, counterparty: { holder_name: 'Takeaway.com Central Core B.V.' }, category: 'restaurants', brand: 'lieferando', method: 'CARD' })],
  [0.04, (random) => ({ amount: random.int(1990, 8990), type: 'DEBIT', reference: `DB Fahrkarte ${random.digits(10)}`, counterparty: { holder_name: 'DB Fernverkehr AG' }, category: 'transport', brand: 'db', method: 'CARD' })],
  [0.06, (random) => ({ amount: random.int(3500, 8500), type: 'DEBIT', reference: `ARAL Station ${random.digits(6)}`, counterparty: { holder_name: 'Aral AG' }, category: 'fuel', brand: 'aral', method: 'CARD' })],
];

/** The calendar of one month-day: what is due on it, from the profile. */
function dueOn(profile: Profile, day: number, month: number, random: Random): Draft[] {
  const savings = profile.accounts[1];
  const monthName = germanMonths[month] ?? '';
  const drafts: Draft[] = [];
  const recurring = (draft: Omit<Draft, 'recurring'>): void => {
    drafts.push({ ...draft, recurring: true });
  };
  if (day === 1) {
    recurring({ amount: profile.rent, type: 'DEBIT', reference: `Miete ${monthName} Wohnung 3. OG`, counterparty: { holder_name: profile.landlord, iban: germanIban('37040044', '0532013000') }, category: 'rent', method: 'TRANSFER' });
    recurring({ amount: 5800, type: 'DEBIT', reference: `Deutschlandticket ${monthName}`, counterparty: { holder_name: 'DB Vertrieb GmbH' }, category: 'transport', brand: 'db', method: 'DIRECT_DEBIT' });
  }
  if (day === 3) recurring({ amount: 1399, type: 'DEBIT', reference: 'NETFLIX.COM Monatsabo', counterparty: { holder_name: 'Netflix International B.V.' }, category: 'streaming', brand: 'netflix', method: 'DIRECT_DEBIT' });
  if (day === 5) recurring({ amount: 5873, type: 'DEBIT', reference: `Kfz-Versicherung Beitrag ${monthName}`, counterparty: { holder_name: 'HUK-COBURG Versicherung' }, category: 'insurance', brand: 'huk', method: 'DIRECT_DEBIT' });
  if (day === 12) recurring({ amount: 1199, type: 'DEBIT', reference: 'Spotify Premium', counterparty: { holder_name: 'Spotify AB' }, category: 'streaming', brand: 'spotify', method: 'DIRECT_DEBIT' });
  if (day === 15) recurring({ amount: 3995, type: 'DEBIT', reference: `Telekom Mobilfunk Rechnung ${random.digits(10)}`, counterparty: { holder_name: 'Telekom Deutschland GmbH' }, category: 'telecom', brand: 'telekom', method: 'DIRECT_DEBIT' });
  if (day === 27) recurring({ amount: profile.salary, type: 'CREDIT', reference: `LOHN/GEHALT ${monthName}`, counterparty: { holder_name: profile.employer, iban: germanIban('70020270', '0015220999') }, category: 'salary', method: 'TRANSFER' });
  if (day === 28 && savings) {
    recurring({ amount: 20000, type: 'DEBIT', reference: 'Sparen Dauerauftrag', counterparty: { holder_name: profile.holderName, iban: savings.iban }, category: 'savings', method: 'TRANSFER' });
  }
  return drafts;
}

const dayMs = 86_400_000;

function toTransaction(random: Random, accountId: string, date: string, pendingFrom: string, draft: Draft): SimTransaction {
  return {
    id: random.uuid(),
    accountId,
    date,
    amount: draft.amount,
    type: draft.type,
    state: date >= pendingFrom ? 'PENDING' : 'PROCESSED',
    reference: draft.reference,
    counterparty: draft.counterparty,
    category: draft.category,
    brand: draft.brand,
    recurring: draft.recurring ?? false,
    method: draft.method,
  };
}

export interface GenerateOptions {
  seed: string;
  consumerKey: string;
  profile: Profile;
  fromDate: string;
  toDate: string;
  /** Ask for exactly this many transactions on the first account (load tests). */
  count?: number | undefined;
}

/** All transactions of a consumer in `[fromDate, toDate]`. 100,000 take well under a second. */
export function generateConsumerData(options: GenerateOptions): ConsumerData {
  const { profile } = options;
  const random = new Random(options.seed, options.consumerKey, 'transactions');
  const [checking, savings] = profile.accounts as [SimAccount, SimAccount];
  const checkingRows: SimTransaction[] = [];
  const savingsRows: SimTransaction[] = [];
  const from = parseIsoDate(options.fromDate);
  const to = parseIsoDate(options.toDate);
  const days = Math.max(1, Math.round((to - from) / dayMs) + 1);
  // The last two days are not booked yet, as at a real bank.
  const pendingFrom = toIsoDate(to - dayMs);

  if (options.count !== undefined) {
    const count = options.count;
    const dates = Array.from({ length: days }, (_, day) => toIsoDate(from + day * dayMs));
    for (let index = 0; index < count; index++) {
      const date = dates[Math.floor((index * days) / count)] ?? options.toDate;
      const roll = random.next();
      let draft: Draft;
      if (roll < 0.08) {
        draft = { amount: random.int(1500, 250000), type: 'CREDIT', reference: `Gutschrift ${random.digits(8)}`, counterparty: { holder_name: profile.employer }, category: 'salary', method: 'TRANSFER' };
      } else if (roll < 0.6) {
        draft = groceries(random);
      } else {
        const entry = occasional[Math.floor(random.next() * occasional.length)] ?? occasional[0];
        draft = entry ? entry[1](random) : groceries(random);
      }
      checkingRows.push(toTransaction(random, checking.id, date, pendingFrom, draft));
    }
    return { accounts: profile.accounts, transactions: new Map([[checking.id, checkingRows], [savings.id, savingsRows]]) };
  }

  for (let time = from; time <= to; time += dayMs) {
    const date = toIsoDate(time);
    const when = new Date(time);
    const day = when.getUTCDate();
    const month = when.getUTCMonth();
    const weekday = when.getUTCDay();
    for (const draft of dueOn(profile, day, month, random)) {
      checkingRows.push(toTransaction(random, checking.id, date, pendingFrom, draft));
      if (draft.category === 'savings') {
        savingsRows.push(
          toTransaction(random, savings.id, date, pendingFrom, { ...draft, type: 'CREDIT', counterparty: { holder_name: profile.holderName, iban: checking.iban } }),
        );
      }
    }
    // Shops are closed on Sundays.
    if (weekday !== 0 && random.chance(0.5)) checkingRows.push(toTransaction(random, checking.id, date, pendingFrom, groceries(random)));
    for (const [probability, make] of occasional) {
      if (random.chance(probability)) checkingRows.push(toTransaction(random, checking.id, date, pendingFrom, make(random)));
    }
    const lastOfQuarter = (month + 1) % 3 === 0 && new Date(time + dayMs).getUTCDate() === 1;
    if (lastOfQuarter) {
      savingsRows.push(
        toTransaction(random, savings.id, date, pendingFrom, { amount: random.int(150, 900), type: 'CREDIT', reference: 'Zinsen Tagesgeld', counterparty: { holder_name: bankName }, category: 'interest', method: 'TRANSFER' }),
      );
    }
  }
  return { accounts: profile.accounts, transactions: new Map([[checking.id, checkingRows], [savings.id, savingsRows]]) };
}
