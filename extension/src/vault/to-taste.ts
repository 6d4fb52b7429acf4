/**
 * A record of the vault as ranking input: what a loan, ticket, visit, museum-app use, visit page or
 * liked suggestion says about taste, keeping the item's id (so what was borrowed or attended is never
 * offered as new) and, apart from the terms, its authors. Stated interests become one record per
 * term, labelled as the vocabulary names it.
 */
import { interestTerm } from '@verwonder/shared/interests/interest-vocabulary.ts';
import {
  array,
  boolean,
  enum as enumOf,
  object,
  optional,
  string,
  type infer as Infer,
} from 'zod/mini';

import type { CategoryId } from '../control/categories.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';

/** The categories read for ranking; each needs its `:read` scope. */
export const TASTE_CATEGORIES: readonly CategoryId[] = [
  'interests',
  'loans',
  'tickets',
  'visits',
  'museum-app',
  'browsing',
  'feedback',
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
    }),
  ),
  data: optional(
    object({
      themeIds: Terms,
      genres: Terms,
      kind: optional(string()),
      wasSurprise: optional(boolean()),
      itemId: optional(string()),
      venueId: optional(string()),
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
});
export const TasteRecordsSchema = array(TasteRecordSchema);

const cut = (text: string) => text.slice(0, 500);

/** What a vault record says about taste; nothing for records ranking cannot use (impressions). */
export function toTaste(category: CategoryId, vaultRecord: VaultRecord): TasteRecord[] {
  const { id, item, data } = vaultRecord;
  const time = vaultRecord.time ? { time: cut(vaultRecord.time) } : {};
  if (category === 'interests') {
    const terms = [...(data?.genres ?? []), ...(data?.themeIds ?? [])];
    return terms.slice(0, 100).map((term, index) => ({
      id: `vault-${id}-${index}`,
      category,
      // What the person chose, as they saw it in the vault.
      label: cut(interestTerm(term)?.label.nl ?? term),
      terms: [cut(term)],
    }));
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
    },
  ];
}
