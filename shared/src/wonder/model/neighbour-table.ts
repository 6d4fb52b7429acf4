/** One neighbour of an item: its catalogue id and similarity 0..1. */
export interface Neighbour {
  id: string;
  sim: number;
}

/**
 * Neighbour lists as flat typed arrays over dense item numbers. The collaborative sum adds about
 * 10,000 neighbour links a ranking call; over numbers it needs no string-keyed map and no object per
 * link, and the model holds a few arrays instead of half a million small objects.
 */
export interface NeighbourTable {
  /** Item number -> catalogue id: every item that has neighbours or is one. */
  ids: readonly string[];
  numberOf: ReadonlyMap<string, number>;
  /** The neighbours of item i are at start[i] up to start[i + 1] in `neighbour` and `sim`. */
  start: Int32Array;
  neighbour: Int32Array;
  sim: Float64Array;
}

/** The table of `lists` (catalogue id -> its neighbours, strongest first, as the model gives them). */
export function neighbourTable(
  lists: readonly (readonly [string, readonly Neighbour[]])[],
): NeighbourTable {
  const ids: string[] = [];
  const numberOf = new Map<string, number>();
  const number = (id: string) => {
    let i = numberOf.get(id);
    if (i === undefined) numberOf.set(id, (i = ids.push(id) - 1));
    return i;
  };
  // Items with lists first, so that start[] is filled in one pass; neighbours-only items follow.
  for (const [id] of lists) number(id);
  let links = 0;
  for (const [, list] of lists) links += list.length;
  const neighbour = new Int32Array(links);
  const sim = new Float64Array(links);
  const listOf = new Map(lists.map(([id, list]) => [numberOf.get(id) as number, list]));
  const firstWithout = ids.length;
  const start = new Int32Array(firstWithout + 1);
  let at = 0;
  for (let i = 0; i < firstWithout; i++) {
    start[i] = at;
    for (const n of listOf.get(i) ?? []) {
      neighbour[at] = number(n.id);
      sim[at++] = n.sim;
    }
  }
  start[firstWithout] = at;
  // Items that are only neighbours have empty lists: start[i] = start[i + 1] = links.
  const full = new Int32Array(ids.length + 1).fill(at);
  full.set(start);
  return { ids, numberOf, start: full, neighbour, sim };
}

/** The neighbours of one item, read back from the table ([] for an item without any). */
export function tableNeighbours(table: NeighbourTable, id: string): Neighbour[] {
  const i = table.numberOf.get(id);
  if (i === undefined) return [];
  const out: Neighbour[] = [];
  for (let j = table.start[i] as number; j < (table.start[i + 1] as number); j++)
    out.push({
      id: table.ids[table.neighbour[j] as number] as string,
      sim: table.sim[j] as number,
    });
  return out;
}
