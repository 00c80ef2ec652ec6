/**
 * The English words of the views below the report's list: cash flow, recurring commitments and
 * affordability. They travel with the views' code, which loads when the page comes near them.
 */
import { displayMessages } from './en-display.js';
import { wordsPart } from './words-part.js';

/** `messages.insights`: the all-accounts and running-balance words every report has, and the views'. */
export const viewMessages = {
  ...displayMessages.insights,
  cashFlow: 'Cash flow',
  cashFlowLabel: (period: string): string => `Income and spending per month, ${period}`,
  spending: 'Spending',
  month: 'Month',
  monthKeyboardHint: 'Arrow keys move from month to month; Home and End jump to the first and the last month.',
  negativeNet: 'Spent more than came in',
  topMovers: (month: string): string => `Biggest changes in ${month} against the month before`,
  firstMonth: 'The first month has no month before it to compare with.',
  noMovers: 'No category changed against the month before.',
  spentMore: 'more spent',
  spentLess: 'less spent',
  earnedMore: 'more income',
  earnedLess: 'less income',
  noCashFlow: 'No income or spending in this period.',
  commitments: 'Recurring payments and income',
  perMonth: 'Per month',
  payments: 'Payments',
  name: 'Name',
  cadence: 'Repeats',
  typicalAmount: 'Typical amount',
  lastDate: 'Last',
  nextDate: 'Next expected',
  cadences: { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly', yearly: 'Yearly' },
  irregular: 'Irregular',
  ended: 'Ended',
  noCommitments: 'No recurring payments or income found.',
  affordability: 'Affordability',
  averageIncome: 'Average monthly income',
  averageSpending: 'Average monthly spending',
  incomeRegularity: 'Income regularity',
  lowestBalance: 'Lowest balance',
  daysBelowZero: 'Days below zero',
  largestOutflow: 'Largest single outflow',
  definitions: {
    averageIncome: 'Income of the full calendar months in the period, divided by their number.',
    averageSpending: 'Spending of the full calendar months in the period, divided by their number.',
    incomeRegularity: 'Share of full months whose income is within ±20% of the median month.',
    lowestBalance: 'Lowest end-of-day balance of the accounts together.',
    daysBelowZero: 'Days whose end-of-day balance was below zero.',
    largestOutflow: 'The largest single payment in the period.',
  },
  fullMonths: (count: number, period: string): string => `${count === 1 ? '1 full month' : `${count} full months`}, ${period}`,
  regularMonths: (regular: number, months: number): string => `${regular} of ${months} months`,
  dayCount: (days: number): string => (days === 1 ? '1 day' : `${days} days`),
  daysOf: (days: number, period: string): string => `of ${days === 1 ? '1 day' : `${days} days`}, ${period}`,
  onDate: (date: string): string => `on ${date}`,
  noFullMonth: 'No full calendar month in the period.',
  balanceUnknown: 'The balances do not show it.',
  noOutflow: 'No payments in the period.',
  noAffordability: 'No transactions to assess.',
};

export type ViewMessages = typeof viewMessages;

/** These words in the language of an element's catalog. */
export const viewWords = wordsPart<ViewMessages>(viewMessages, (messages) => messages.insights);
