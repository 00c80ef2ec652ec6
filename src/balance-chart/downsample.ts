/**
 * Thinning a long series for drawing. A path of 10,000 days is as wide as one of 400 on screen,
 * but a naive stride would drop the spikes a consumer looks for (the overdraft on the 3rd, the
 * salary on the 25th), so each bucket keeps both its lowest and its highest value.
 */

/** How many points a balance path is drawn with at most. */
export const defaultMaxPoints = 400;

/**
 * Indices of at most `maxPoints` values that keep the shape of `values`: the first, the last,
 * and the lowest and highest of each bucket in between, in their original order. A series no
 * longer than `maxPoints` comes back whole. Values that are not finite are never picked.
 */
export function downsampleMinMax(values: ArrayLike<number>, maxPoints: number = defaultMaxPoints): number[] {
  const length = values.length;
  const limit = Math.max(2, Math.floor(maxPoints));
  if (length <= limit) return Array.from({ length }, (_, index) => index);

  const inner = length - 2;
  const buckets = Math.floor((limit - 2) / 2);
  const indices = [0];
  for (let bucket = 0; bucket < buckets; bucket += 1) {
    const from = 1 + Math.floor((bucket * inner) / buckets);
    const to = 1 + Math.floor(((bucket + 1) * inner) / buckets);
    let low = -1;
    let high = -1;
    for (let index = from; index < to; index += 1) {
      const value = values[index] as number;
      if (!Number.isFinite(value)) continue;
      if (low < 0 || value < (values[low] as number)) low = index;
      if (high < 0 || value > (values[high] as number)) high = index;
    }
    if (low < 0) continue;
    if (low === high) indices.push(low);
    else indices.push(Math.min(low, high), Math.max(low, high));
  }
  indices.push(length - 1);
  return indices;
}
