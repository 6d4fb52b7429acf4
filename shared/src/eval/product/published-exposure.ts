/**
 * Exposure as the product could read it from a published city-wide aggregate, simulated at a
 * week's staleness: the evaluated users are split into `cohorts` (weeks) in the order given, and
 * every user of a cohort is ranked with what was published after the cohorts before it, the percent
 * of lists that held each item. Nothing of the cohort itself or of later ones is seen, as a weekly
 * aggregate would not show it. The first cohort sees nothing published yet (an empty map).
 * `keysOf` says what is counted for an item: the item itself, or its cells in a hashed sketch that a
 * cheaper aggregate would publish (`exposureCells`); a list counts once per key, as one report
 * sets a digit once, and the map given to `rank` is keyed the same way.
 */
export function rankWithPublishedExposure<U>(
  users: readonly U[],
  cohorts: number,
  rank: (user: U, exposure: ReadonlyMap<string, number>) => readonly string[],
  keysOf: (id: string) => readonly string[] = (id) => [id],
): Map<U, readonly string[]> {
  if (!Number.isInteger(cohorts) || cohorts < 1)
    throw new RangeError(`cohorts must be a positive whole number, not ${cohorts}`);
  const lists = new Map<U, readonly string[]>();
  const held = new Map<string, number>();
  let published = new Map<string, number>();
  let listsSoFar = 0;
  const size = Math.ceil(users.length / cohorts);
  for (let start = 0; start < users.length; start += size) {
    const cohort = users.slice(start, start + size);
    for (const user of cohort) lists.set(user, rank(user, published));
    for (const user of cohort)
      for (const key of new Set(lists.get(user)?.flatMap(keysOf)))
        held.set(key, (held.get(key) ?? 0) + 1);
    listsSoFar += cohort.length;
    published = new Map([...held].map(([id, n]) => [id, (100 * n) / listsSoFar]));
  }
  return lists;
}
