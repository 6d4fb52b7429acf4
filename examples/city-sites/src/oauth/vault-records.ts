import type { DataCategoryId } from '@verwonder/shared';
import type { Activity, Book } from '@verwonder/shared/catalog/index.ts';
import type { Request } from 'express';
import type { DnaProfile, RankCandidate, SiteVault } from './site-vault.ts';

/** A book as the vault ranks it: catalogue facts only. */
export function bookCandidate(book: Book): RankCandidate {
  return {
    id: book.id,
    title: book.title.slice(0, 500),
    kind: 'book',
    medium: 'read',
    termIds: book.themes.map((theme) => theme.id).slice(0, 50),
    genres: book.genres.slice(0, 50),
    authors: book.authors.slice(0, 50),
  };
}

export function activityCandidate(activity: Activity): RankCandidate {
  return {
    id: activity.id,
    title: activity.title.slice(0, 500),
    kind: 'activity',
    medium: activity.medium,
    termIds: [activity.eventType.id, ...activity.themes.map((theme) => theme.id)].slice(0, 50),
    genres: activity.genres.slice(0, 50),
    venueId: activity.venue.id,
  };
}

/** The loan the library writes into the pod when a person borrows (reserves) a book. */
export function loanRecord(
  book: Book,
  siteUrl: string,
  branch: string | undefined,
  now = new Date(),
) {
  return {
    time: now.toISOString(),
    source: { type: 'person' },
    item: { ...bookCandidate(book), url: `${siteUrl}/boek/${book.id}` },
    data: { action: 'borrowed', ...(branch ? { branch: branch.slice(0, 200) } : {}) },
  };
}

/** The ticket purchase the agenda writes into the pod. */
export function ticketRecord(
  activity: Activity,
  siteUrl: string,
  quantity: number,
  tariff: string,
  priceEur: number | undefined,
  now = new Date(),
) {
  const { venueId, ...item } = activityCandidate(activity);
  return {
    time: now.toISOString(),
    source: { type: 'person' },
    item: { ...item, venueId, url: `${siteUrl}/evenement/${activity.id}` },
    data: {
      quantity,
      tariff: tariff.slice(0, 100),
      ...(priceEur === undefined ? {} : { priceEur }),
    },
  };
}

export interface VaultOrder<T> {
  items: T[];
  /** Set when the vault ordered the list: the categories it may rank over for this site. */
  rankedBy: DataCategoryId[] | undefined;
}

/**
 * Orders a result list by the person's vault (its first 500 entries; the rest keeps its place after
 * them). Entries that share an item (an activity on several days) are ranked once and keep their own
 * order among themselves. Without a connection, or if the vault fails, the site's order stays.
 */
export async function orderByVault<T>(
  vault: SiteVault | undefined,
  req: Request,
  items: readonly T[],
  candidate: (item: T) => RankCandidate,
): Promise<VaultOrder<T>> {
  const head = items
    .slice(0, 500)
    .map((item, index) => ({ item, index, candidate: candidate(item) }));
  const unique = [...new Map(head.map((entry) => [entry.candidate.id, entry.candidate])).values()];
  const ranked = vault ? await vault.rank(req, unique) : undefined;
  if (!ranked) return { items: [...items], rankedBy: undefined };
  const position = new Map(ranked.items.map((entry, index) => [entry.id, index]));
  const sorted = head
    .map((entry) => ({
      ...entry,
      position: position.get(entry.candidate.id) ?? Number.MAX_SAFE_INTEGER,
    }))
    .sort((a, b) => a.position - b.position || a.index - b.index)
    .map((entry) => entry.item);
  return {
    items: [...sorted, ...items.slice(500)],
    rankedBy: ranked.categories,
  };
}

/** Keeps the site's grouping (an agenda's days) and applies the vault's order within each group. */
export function withinGroups<T>(
  original: readonly T[],
  ordered: readonly T[],
  groupOf: (item: T) => string,
): T[] {
  const groupIndex = new Map<string, number>();
  for (const item of original)
    if (!groupIndex.has(groupOf(item))) groupIndex.set(groupOf(item), groupIndex.size);
  return ordered
    .map((item, position) => ({
      item,
      position,
      group: groupIndex.get(groupOf(item)) ?? Number.MAX_SAFE_INTEGER,
    }))
    .sort((a, b) => a.group - b.group || a.position - b.position)
    .map((entry) => entry.item);
}

/**
 * The museum's use of `dna:read`: it gets coarse interests (weighted themes, genres, media), never
 * records, and puts matching items first. Items without a match keep their order after them.
 */
export function orderByInterests<T>(
  profile: DnaProfile | undefined,
  items: readonly T[],
  candidate: (item: T) => RankCandidate,
): VaultOrder<T> {
  if (
    !profile ||
    (profile.themes.length === 0 && profile.genres.length === 0 && profile.media.length === 0)
  )
    return { items: [...items], rankedBy: undefined };
  const weights = new Map<string, number>([
    ...profile.themes.map((t) => [`term:${t.id}`, t.weight] as const),
    ...profile.genres.map((g) => [`genre:${g.id}`, g.weight] as const),
    ...profile.media.map((m) => [`medium:${m.id}`, m.weight / 2] as const),
  ]);
  const score = (c: RankCandidate) =>
    [
      ...(c.termIds ?? []).map((id) => `term:${id}`),
      ...(c.genres ?? []).map((g) => `genre:${g}`),
      ...(c.medium ? [`medium:${c.medium}`] : []),
    ].reduce((sum, key) => sum + (weights.get(key) ?? 0), 0);
  const sorted = items
    .map((item, index) => ({ item, index, score: score(candidate(item)) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.item);
  return { items: sorted, rankedBy: profile.basedOn };
}
