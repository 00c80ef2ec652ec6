/**
 * Scales and paths of the balance chart, in a 100 × 100 view box that the SVG stretches to its
 * box (`preserveAspectRatio="none"`): the chart is as wide as its container without measuring it.
 */
import { parseIsoDate } from '../format/date.js';
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
  first: BalanceExtreme;
  last: BalanceExtreme;
  min: BalanceExtreme;
  max: BalanceExtreme;
  /** Vertical position of zero when the balance crosses it. */
  zeroY?: number;
  segments: BalanceSegment[];
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Horizontal positions by date, so that gaps between days show as gaps; by index when a date
 * cannot be read or the dates do not ascend.
 */
function horizontalPositions(points: readonly BalancePoint[]): Float64Array {
  const times = points.map((point) => parseIsoDate(point.date));
  const first = times[0] ?? Number.NaN;
  const span = (times[times.length - 1] ?? Number.NaN) - first;
  const ascending = times.every((time, index) => !Number.isNaN(time) && (index === 0 || time >= (times[index - 1] ?? 0)));
  const xs = new Float64Array(points.length);
  points.forEach((_, index) => {
    const fraction = ascending && span > 0 ? ((times[index] ?? first) - first) / span : index / (points.length - 1);
    xs[index] = fraction * size;
  });
  return xs;
}

function extreme(points: readonly BalancePoint[], index: number): BalanceExtreme {
  return { index, point: points[index] as BalancePoint };
}

/**
 * The geometry of a balance series, or `undefined` when fewer than two points can be drawn.
 * Points in another currency than the first one's are left out: one axis has one unit. The path
 * is drawn through at most `maxPoints` points (see `downsampleMinMax`); `xs`/`ys` cover all.
 */
export function balanceGeometry(balances: readonly BalancePoint[], maxPoints: number = defaultMaxPoints): BalanceGeometry | undefined {
  const currency = balances.find((point) => Number.isFinite(point.balance.minor))?.balance.currency;
  if (currency === undefined) return undefined;
  const points = balances.filter((point) => point.balance.currency === currency && Number.isFinite(point.balance.minor));
  if (points.length < 2) return undefined;

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

  const xs = horizontalPositions(points);
  const ys = new Float64Array(points.length);
  points.forEach((point, index) => {
    ys[index] = yOf(point.balance.minor);
  });

  const crosses = low < 0 && high > 0;
  // The area fills toward zero; when zero is not inside the chart, toward the edge on its side.
  const baseline = crosses ? yOf(0) : low >= 0 ? size : 0;
  const drawn = downsampleMinMax(
    points.map((point) => point.balance.minor),
    maxPoints,
  );

  const geometry: BalanceGeometry = {
    currency,
    points,
    xs,
    ys,
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
