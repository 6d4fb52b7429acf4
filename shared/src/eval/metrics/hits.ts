/** Number of relevant items among the first k of the list. */
export function hitsAt(list: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  let h = 0;
  for (let r = 0; r < Math.min(k, list.length); r++) if (relevant.has(list[r] as number)) h++;
  return h;
}
