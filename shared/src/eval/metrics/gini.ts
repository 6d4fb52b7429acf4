/**
 * Gini coefficient of exposure: 0 when every item is shown equally often, towards 1 when a few
 * items take all exposure. Items never shown count as zeros.
 */
export function giniOfExposure(
  lists: readonly ArrayLike<number>[],
  itemCount: number,
  k: number,
): number {
  const counts = new Float64Array(itemCount);
  for (const list of lists)
    for (let r = 0; r < Math.min(k, list.length); r++)
      counts[list[r] as number] = (counts[list[r] as number] as number) + 1;
  return gini(counts);
}

export function gini(values: Float64Array): number {
  const n = values.length;
  const xs = Float64Array.from(values).sort();
  let cum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    cum += xs[i] as number;
    weighted += (i + 1) * (xs[i] as number);
  }
  return cum === 0 ? 0 : (2 * weighted) / (n * cum) - (n + 1) / n;
}
