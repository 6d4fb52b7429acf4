/**
 * A record of the vault as ranking input: what a loan, ticket, visit, museum-app use, visit page or
 * liked suggestion says about taste, keeping the item's id (so what was borrowed or attended is marked as
 * known, never as new) and, apart from the terms, its authors. Stated interests become one record per
 * term, labelled as the vocabulary names it, and one per own word, as a word typed in the options
 * and marked as the vault's own word.
 */
import { interestTerm } from '@verwonder/shared/interests/interest-vocabulary.ts';
import { MEDIA, type MediumId } from '@verwonder/shared/wire/vocabulary.ts';
import {
  array,
  boolean,
  enum as enumOf,
  number,
  object,
  optional,
  string,
  type infer as Infer,
} from 'zod/mini';

import type { CategoryId } from '../control/categories.ts';
import { typedInterestRecord, type TasteRecord } from '../ranking/taste-record.ts';

/** The categories read for ranking; each needs its `:read` scope. */
export const TASTE_CATEGORIES: readonly CategoryId[] = [
  'interests',
  'loans',
  'tickets',
  'visits',
  'museum-app',
  'browsing',
  'feedback',
  // Not taste: where the person roughly is, for the distance signal (ranking/page-signals.ts).
  'location',
];

const Terms = optional(array(string()));
export const VaultRecordSchema = object({
  id: string(),
  category: string(),
  time: optional(string()),
  item: optional(
    object({
      id: optional(string()),
      title: string(),
      genres: Terms,
      termIds: Terms,
      authors: Terms,
      venueId: optional(string()),
      medium: optional(string()),
    }),
  ),
  location: optional(
    object({ latitude: number(), longitude: number(), district: optional(string()) }),
  ),
  data: optional(
    object({
      themeIds: Terms,
      genres: Terms,
      words: Terms,
      kind: optional(string()),
      wasSurprise: optional(boolean()),
      itemId: optional(string()),
      venueId: optional(string()),
      venueName: optional(string()),
      priceEur: optional(number()),
      quantity: optional(number()),
      rating: optional(number()),
    }),
  ),
});
export type VaultRecord = Infer<typeof VaultRecordSchema>;

export const TasteRecordSchema = object({
  id: string(),
  category: enumOf(TASTE_CATEGORIES as [CategoryId, ...CategoryId[]]),
  label: string(),
  terms: array(string()),
  itemId: optional(string()),
  authors: optional(array(string())),
  time: optional(string()),
  reaction: optional(object({ kind: enumOf(['thumbs-up', 'wow']), wasSurprise: boolean() })),
  venueId: optional(string()),
  venueName: optional(string()),
  priceEur: optional(number()),
  rating: optional(number()),
  medium: optional(enumOf(MEDIA)),
  area: optional(object({ latitude: number(), longitude: number(), district: optional(string()) })),
  ownWord: optional(boolean()),
});
export const TasteRecordsSchema = array(TasteRecordSchema);

const cut = (text: string) => text.slice(0, 500);

/** What a vault record says about taste; nothing for records ranking cannot use (impressions). */
export function toTaste(category: CategoryId, vaultRecord: VaultRecord): TasteRecord[] {
  const { id, item, data } = vaultRecord;
  const time = vaultRecord.time ? { time: cut(vaultRecord.time) } : {};
  if (category === 'interests') {
    const terms = [...(data?.genres ?? []), ...(data?.themeIds ?? [])];
    return [
      ...terms.slice(0, 100).map((term, index) => ({
        id: `vault-${id}-${index}`,
        category,
        // What the person chose, as they saw it in the vault.
        label: cut(interestTerm(term)?.label.nl ?? term),
        terms: [cut(term)],
      })),
      // Their own words (no term of the vocabulary) count as a word typed in the options does.
      ...(data?.words ?? [])
        .map((word) => word.trim().slice(0, 64))
        .filter(Boolean)
        .slice(0, 20)
        .map((word, index) => ({
          ...typedInterestRecord(`vault-${id}-word-${index}`, word),
          // Kept apart: the vault's own words get "Voor jou" slots of their own (rank-items.ts).
          ownWord: true,
        })),
    ];
  }
  if (category === 'feedback') {
    const kind = data?.kind;
    if (!item || (kind !== 'thumbs-up' && kind !== 'wow')) return [];
    return [
      {
        id: `vault-${id}`,
        category,
        label: cut(item.title),
        terms: [...(item.genres ?? []), ...(item.termIds ?? [])].slice(0, 50).map(cut),
        itemId: cut(item.id ?? data?.itemId ?? id),
        ...time,
        reaction: { kind, wasSurprise: data?.wasSurprise ?? false },
      },
    ];
  }
  if (category === 'location') {
    const area = coarseArea(vaultRecord.location);
    if (!area) return [];
    return [{ id: `vault-${id}`, category, label: area.district ?? '', terms: [], area, ...time }];
  }
  // Without an item a record says nothing about taste (and ranking cannot tell what it was about).
  if (!item) return [];
  return [
    {
      id: `vault-${id}`,
      category,
      label: cut(item.title),
      terms: [...(item.genres ?? []), ...(item.termIds ?? [])].slice(0, 50).map(cut),
      ...(item.id ? { itemId: cut(item.id) } : {}),
      authors: (item.authors ?? []).slice(0, 50).map(cut),
      ...time,
      ...placeOf(vaultRecord),
      ...ticketPrice(category, data),
      ...loanRating(category, data),
      ...mediumOf(item.medium),
    },
  ];
}

/** The item's medium (read, watch, listen, experience): the person's media mix weighs candidates. */
function mediumOf(medium: string | undefined): { medium?: MediumId } {
  const known = MEDIA.find((m) => m === medium);
  return known ? { medium: known } : {};
}

/** A loan's stars (1 to 5): below 4 a loan counts half, as in the vault and the evaluation. */
function loanRating(category: CategoryId, data: VaultRecord['data']): { rating?: number } {
  const rating = data?.rating;
  if (category !== 'loans' || rating === undefined || !Number.isInteger(rating)) return {};
  return rating >= 1 && rating <= 5 ? { rating } : {};
}

/** The venue a ticket (its item), visit or museum-app record names. */
function placeOf({ item, data }: VaultRecord): Pick<TasteRecord, 'venueId' | 'venueName'> {
  const venueId = item?.venueId ?? data?.venueId;
  return {
    ...(venueId ? { venueId: cut(venueId) } : {}),
    ...(data?.venueName ? { venueName: cut(data.venueName) } : {}),
  };
}

/** A ticket's price per ticket (the record holds the total for its quantity). */
function ticketPrice(category: CategoryId, data: VaultRecord['data']): { priceEur?: number } {
  const total = data?.priceEur;
  if (category !== 'tickets' || total === undefined || !Number.isFinite(total) || total < 0)
    return {};
  const quantity = data?.quantity && data.quantity >= 1 ? data.quantity : 1;
  return { priceEur: Math.round((total / quantity) * 100) / 100 };
}

/** Kept as coarse as the vault keeps it: two decimals (about 1 km) at most. */
function coarseArea(location: VaultRecord['location']): TasteRecord['area'] {
  if (!location) return undefined;
  const { latitude, longitude } = location;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    latitude: round(latitude),
    longitude: round(longitude),
    ...(location.district ? { district: cut(location.district).slice(0, 100) } : {}),
  };
}
