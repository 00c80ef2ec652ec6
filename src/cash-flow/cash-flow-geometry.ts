/**
 * Where the cash flow chart draws each month: two bars side by side (income, spending) rising
 * from zero and a tick at the net, in a 100 × 100 view box that the chart stretches to its box.
 * The scale runs from the largest bar down to zero, or down to the lowest net when a month spent
 * more than came in, so a negative net sits below the zero line.
 */
import type { MonthFlow } from '../insights/cash-flow.js';

export interface MonthBars {
  /** The month's slot: its left edge and width. */
  slotX: number;
  slotWidth: number;
  incomeX: number;
  spendingX: number;
  barWidth: number;
  incomeY: number;
  spendingY: number;
  /** The tick at the net. */
  netY: number;
  netX1: number;
  netX2: number;
  negative: boolean;
}

export interface CashFlowGeometry {
  bars: MonthBars[];
  zeroY: number;
  /** The largest amount on the scale, for the axis label. */
  top: number;
  /** The lowest: zero, or the lowest net when below it. */
  bottom: number;
}

/** Room above the tallest bar, in view-box units. */
const headroom = 4;

export function cashFlowGeometry(months: readonly MonthFlow[]): CashFlowGeometry {
  let top = 0;
  let bottom = 0;
  for (const month of months) {
    top = Math.max(top, month.income, month.spending);
    bottom = Math.min(bottom, month.net);
  }
  const range = top - bottom || 1;
  const y = (value: number): number => headroom + ((top - value) / range) * (100 - headroom);
  const zeroY = y(0);
  const slotWidth = 100 / Math.max(1, months.length);
  const barWidth = slotWidth * 0.32;
  const bars = months.map((month, index): MonthBars => {
    const slotX = index * slotWidth;
    const incomeX = slotX + slotWidth * 0.16;
    return {
      slotX,
      slotWidth,
      incomeX,
      spendingX: incomeX + barWidth + slotWidth * 0.04,
      barWidth,
      incomeY: y(month.income),
      spendingY: y(month.spending),
      netY: y(month.net),
      netX1: slotX + slotWidth * 0.1,
      netX2: slotX + slotWidth * 0.9,
      negative: month.net < 0,
    };
  });
  return { bars, zeroY, top, bottom };
}

/** The month under a point `x` percent across the chart. */
export const monthAt = (count: number, x: number): number => Math.min(count - 1, Math.max(0, Math.floor((x / 100) * count)));
