/**
 * Scales and paths of the balance chart, in a 100 × 100 view box that the SVG stretches to its
 * box (`preserveAspectRatio="none"`): the chart is as wide as its container without measuring it.
 */
import { parseIsoDate, toIsoDate } from '../format/date.js';
import type { BalancePoint } from '../model/report-model.js';
import { defaultMaxPoints, downsampleMinMax } from './downsample.js';

/** View box units left free above the highest and below the lowest value, so the line shows whole. */
const padding = 6;
const size = 100;

/** A run of the balance on one side of zero, as SVG path data. */
export interface BalanceSegment {
  negative: boolean;
  /** The line through the run. */
  line: string;
  /** The area between the line and the baseline. */
  area: string;
}

export interface BalanceExtreme {
  index: number;
  point: BalancePoint;
}

export interface BalanceGeometry {
  currency: string;
  /** The points plotted: those in the series' currency, oldest first. */
  points: BalancePoint[];
  /** Horizontal position of each point, 0 to 100. */
  xs: Float64Array;
  /** Vertical position of each point, 0 (top) to 100. */
  ys: Float64Array;
  /** The days at the left and right edge: the period's ends, else the first and last point's. */
  axis: { from: string; to: string };
  first: BalanceExtreme;
  last: BalanceExtreme;
  min: BalanceExtreme;
  max: BalanceExtreme;
  /** Vertical position of zero when the balance crosses it. */
  zeroY?: number;
  segments: BalanceSegment[];
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** The days the horizontal axis spans, `YYYY-MM-DD`; either end may be left to the data. */
export interface BalancePeriod {
  from?: string | undefined;
  to?: string | undefined;
}

/** The period's ends in epoch milliseconds, `NaN` where open or unreadable; ends given the wrong way round are swapped. */
function periodBounds(period: BalancePeriod): { start: number; end: number } {
  const start = period.from ? parseIsoDate(period.from) : Number.NaN;
  const end = period.to ? parseIsoDate(period.to) : Number.NaN;
  return start > end ? { start: end, end: start } : { start, end };
}

/**
 * The series a chart can draw: the finite balances in the currency of the first of them (one
 * axis has one unit), on the days of `period` when it names them. A balance whose date cannot
 * be read is kept only when no period is given: it cannot be placed in one.
 */
export function chartableBalances(balances: readonly BalancePoint[], period: BalancePeriod = {}): BalancePoint[] {
  const { start, end } = periodBounds(period);
  const bounded = !Number.isNaN(start) || !Number.isNaN(end);
  const inPeriod = (point: BalancePoint): boolean => {
    if (!bounded) return true;
    const time = parseIsoDate(point.date);
    // Comparisons with NaN are false: an open end lets every day through.
    return !Number.isNaN(time) && !(time < start) && !(time > end);
  };
  const candidates = balances.filter((point) => Number.isFinite(point.balance.minor) && inPeriod(point));
  const currency = candidates[0]?.balance.currency;
  return candidates.filter((point) => point.balance.currency === currency);
}

/**
 * Horizontal positions by date, so that gaps between days show as gaps, across the period when
 * it is wider than the data (a month with balances from the 10th on starts a third of the way
 * in); by index when a date cannot be read or the dates do not ascend.
 */
function horizontalPositions(points: readonly BalancePoint[], period: BalancePeriod): { xs: Float64Array; axis: BalanceGeometry['axis'] } {
  const times = points.map((point) => parseIsoDate(point.date));
  const { start: periodStart, end: periodEnd } = periodBounds(period);
  const dataStart = times[0] ?? Number.NaN;
  const dataEnd = times[times.length - 1] ?? Number.NaN;
  const first = Number.isNaN(periodStart) ? dataStart : Math.min(periodStart, dataStart);
  const span = (Number.isNaN(periodEnd) ? dataEnd : Math.max(periodEnd, dataEnd)) - first;
  const ascending = times.every((time, index) => !Number.isNaN(time) && (index === 0 || time >= (times[index - 1] ?? 0)));
  const byDate = ascending && span > 0;
  const xs = new Float64Array(points.length);
  points.forEach((_, index) => {
    const fraction = byDate ? ((times[index] ?? first) - first) / span : index / (points.length - 1);
    xs[index] = fraction * size;
  });
  const edges = { from: (points[0] as BalancePoint).date, to: (points[points.length - 1] as BalancePoint).date };
  return { xs, axis: byDate ? { from: toIsoDate(first), to: toIsoDate(first + span) } : edges };
}

function extreme(points: readonly BalancePoint[], index: number): BalanceExtreme {
  return { index, point: points[index] as BalancePoint };
}

export interface GeometryOptions {
  /** The most points the path is drawn through (see `downsampleMinMax`); `xs`/`ys` cover all. */
  maxPoints?: number;
  /** The days the horizontal axis spans, when wider than the data's. */
  period?: BalancePeriod;
}

/**
 * The geometry of a balance series (see `chartableBalances` for which points it takes, inside
 * `options.period`), or `undefined` when fewer than two points can be drawn.
 */
export function balanceGeometry(balances: readonly BalancePoint[], options: GeometryOptions = {}): BalanceGeometry | undefined {
  const period = options.period ?? {};
  const points = chartableBalances(balances, period);
  const currency = points[0]?.balance.currency;
  if (currency === undefined || points.length < 2) return undefined;

  let minIndex = 0;
  let maxIndex = 0;
  points.forEach((point, index) => {
    if (point.balance.minor < (points[minIndex] as BalancePoint).balance.minor) minIndex = index;
    if (point.balance.minor > (points[maxIndex] as BalancePoint).balance.minor) maxIndex = index;
  });
  const low = (points[minIndex] as BalancePoint).balance.minor;
  const high = (points[maxIndex] as BalancePoint).balance.minor;
  // A flat series sits in the middle rather than on an edge.
  const [from, to] = low === high ? [low - 1, high + 1] : [low, high];
  const yOf = (value: number): number => size - padding - ((value - from) / (to - from)) * (size - 2 * padding);

  const { xs, axis } = horizontalPositions(points, period);
  const ys = new Float64Array(points.length);
  points.forEach((point, index) => {
    ys[index] = yOf(point.balance.minor);
  });

  const crosses = low < 0 && high > 0;
  // The area fills toward zero; when zero is not inside the chart, toward the edge on its side.
  const baseline = crosses ? yOf(0) : low >= 0 ? size : 0;
  const drawn = downsampleMinMax(
    points.map((point) => point.balance.minor),
    options.maxPoints ?? defaultMaxPoints,
  );

  const geometry: BalanceGeometry = {
    currency,
    points,
    xs,
    ys,
    axis,
    first: extreme(points, 0),
    last: extreme(points, points.length - 1),
    min: extreme(points, minIndex),
    max: extreme(points, maxIndex),
    segments: segmentsAtZero(drawn, points, xs, ys, yOf(0), baseline),
  };
  if (crosses) geometry.zeroY = round(yOf(0));
  return geometry;
}

/** Splits the drawn points into runs on either side of zero, meeting where the line crosses it. */
function segmentsAtZero(
  drawn: readonly number[],
  points: readonly BalancePoint[],
  xs: Float64Array,
  ys: Float64Array,
  zeroY: number,
  baseline: number,
): BalanceSegment[] {
  const runs: { negative: boolean; coordinates: [number, number][] }[] = [];
  let previous: number | undefined;
  for (const index of drawn) {
    const value = (points[index] as BalancePoint).balance.minor;
    const negative = value < 0;
    const x = xs[index] as number;
    const y = ys[index] as number;
    let run = runs[runs.length - 1];
    if (!run || run.negative !== negative) {
      const coordinates: [number, number][] = [];
      if (run && previous !== undefined) {
        // Where the straight line between the two points meets zero: both runs end there.
        const before = (points[previous] as BalancePoint).balance.minor;
        const x0 = xs[previous] as number;
        const crossing: [number, number] = [x0 + ((x - x0) * (0 - before)) / (value - before), zeroY];
        run.coordinates.push(crossing);
        coordinates.push(crossing);
      }
      run = { negative, coordinates };
      runs.push(run);
    }
    run.coordinates.push([x, y]);
    previous = index;
  }
  return runs.map(({ negative, coordinates }) => {
    const line = coordinates.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join('');
    const firstX = round(coordinates[0]?.[0] ?? 0);
    const lastX = round(coordinates[coordinates.length - 1]?.[0] ?? 0);
    const base = round(baseline);
    return { negative, line, area: `M${firstX},${base}${line.replace(/^M/, 'L')}L${lastX},${base}Z` };
  });
}

/** The index of the point nearest to a horizontal position (0 to 100). */
export function nearestIndex(xs: Float64Array, x: number): number {
  let low = 0;
  let high = xs.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if ((xs[middle] as number) < x) low = middle;
    else high = middle;
  }
  return Math.abs((xs[low] as number) - x) <= Math.abs((xs[high] as number) - x) ? low : high;
}
