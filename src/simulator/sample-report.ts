/**
 * A modular report of generated bank data without going through a flow: for demos, benchmarks
 * and tests that need a realistic report of a given size. Deterministic for a seed.
 */
import { reportModuleTypes } from '../schemas/reports.js';
import { createProfile, generateConsumerData } from './bank-data.js';
import { simLanguage } from './catalog.js';
import { modularReport } from './reports.js';

export interface SampleReportOptions {
  /** Transactions on the current account; without it, about 90 days of everyday banking. */
  count?: number;
  seed?: string;
  fromDate?: string;
  toDate?: string;
  /** Absolute base URL of brand icons, ending in `/`, e.g. the simulator's `…/icons/`. */
  iconBase?: string;
  /** The language of category names, as a session's `language` (`en`, `de`, `sv`). Default English. */
  language?: string;
}

/** Every module the viewer reads, for a generated consumer's two accounts. */
export function createSampleReport(options: SampleReportOptions = {}): unknown {
  const { seed = 'xs2a-elements', fromDate = '2024-01-01', toDate = '2024-03-31', iconBase = 'https://icons.invalid/' } = options;
  const consumerKey = 'sample';
  const profile = createProfile(seed, consumerKey);
  const data = generateConsumerData({ seed, consumerKey, profile, fromDate, toDate, count: options.count });
  return modularReport(
    {
      consumerId: `${consumerKey}-consumer`,
      accounts: data.accounts,
      transactions: data.transactions,
      from: fromDate,
      to: toDate,
      dataFrom: fromDate,
      dataTo: toDate,
      refreshedAt: `${toDate}T08:00:00Z`,
      iconBase,
      language: simLanguage(options.language),
    },
    reportModuleTypes,
  );
}
