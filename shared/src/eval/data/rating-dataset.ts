/**
 * A rating data set in dense form: items and users are numbered 0..n-1, every item has a set of genre
 * indices (used by the diversity, surprise and calibration metrics), interactions are parallel arrays.
 */
export interface RatingDataset {
  name: string;
  userCount: number;
  itemCount: number;
  /** External id (book_id, movieId) per dense item index. */
  itemIds: number[];
  itemTitles: string[];
  /** Sorted genre indices per item; may be empty. */
  itemGenres: Int32Array[];
  genreNames: string[];
  users: Int32Array;
  items: Int32Array;
  ratings: Float32Array;
  /** Unix seconds per interaction, or null when the data set has no timestamps. */
  times: Float64Array | null;
}

export interface RawInteraction {
  user: number;
  item: number;
  rating: number;
  time?: number;
}

export interface RawItem {
  id: number;
  title: string;
  genres: string[];
}

/** Builds the dense form; only items that have at least one interaction are kept. */
export function buildRatingDataset(
  name: string,
  rawItems: RawItem[],
  interactions: RawInteraction[],
): RatingDataset {
  const byId = new Map(rawItems.map((it) => [it.id, it]));
  const itemIndex = new Map<number, number>();
  const userIndex = new Map<number, number>();
  const genreIndex = new Map<string, number>();
  const itemIds: number[] = [];
  const itemTitles: string[] = [];
  const itemGenres: Int32Array[] = [];
  const genreNames: string[] = [];
  const n = interactions.length;
  const users = new Int32Array(n);
  const items = new Int32Array(n);
  const ratings = new Float32Array(n);
  const hasTime = n > 0 && interactions.every((r) => r.time !== undefined);
  const times = hasTime ? new Float64Array(n) : null;
  interactions.forEach((r, k) => {
    let u = userIndex.get(r.user);
    if (u === undefined) userIndex.set(r.user, (u = userIndex.size));
    let i = itemIndex.get(r.item);
    if (i === undefined) {
      itemIndex.set(r.item, (i = itemIds.length));
      const raw = byId.get(r.item);
      itemIds.push(r.item);
      itemTitles.push(raw?.title ?? String(r.item));
      const g = (raw?.genres ?? []).map((name) => {
        let gi = genreIndex.get(name);
        if (gi === undefined) {
          genreIndex.set(name, (gi = genreNames.length));
          genreNames.push(name);
        }
        return gi;
      });
      itemGenres.push(Int32Array.from(new Set(g)).sort());
    }
    users[k] = u;
    items[k] = i;
    ratings[k] = r.rating;
    if (times) times[k] = r.time ?? 0;
  });
  return {
    name,
    userCount: userIndex.size,
    itemCount: itemIds.length,
    itemIds,
    itemTitles,
    itemGenres,
    genreNames,
    users,
    items,
    ratings,
    times,
  };
}
