/**
 * Explanations checked against the records they may rest on, before anyone reads them: a record an
 * explanation names must be one of the records allowed on this site, and "something new: you never
 * chose X" is said only when no allowed record holds X (where a record's content is unknown, nothing
 * is claimed about it and the surprise gets the plain wording), worded by the records it was checked
 * against (novel-reason.ts: no "you never borrowed" from records without loans). The wonder algorithm derives its
 * surprise reason from affinities, which can miss a record whose term is spelt differently ("fiction"
 * inside "historical fiction"); this is the last word on what is true.
 */
import type { Explanation } from '@verwonder/shared/model/suggestion.ts';
import { GENRE_LABELS } from '@verwonder/shared/catalog/genre-labels.ts';
import { impliedGenres } from '@verwonder/shared/interests/genre-implications.ts';
import { interestTerm } from '@verwonder/shared/interests/interest-vocabulary.ts';
import type { Novelty } from '@verwonder/shared/wonder/explain.ts';

import type { PageItem } from '../page/page-item.ts';
import { normaliseTerm, termWords } from './item-terms.ts';
import { novelReason } from './novel-reason.ts';
import type { TasteRecord } from './taste-record.ts';

/** Records that say what the person did with an item: their terms can refute "never". */
const ABOUT_ITEMS = new Set(['loans', 'tickets', 'visits', 'museum-app', 'browsing', 'feedback']);

/** Computed once per list of records (a page's ranking asks for every pick). */
const heldCache = new WeakMap<readonly TasteRecord[], { held: Set<string>; unknown: boolean }>();

/** Every normalised term and word the records hold, and whether some record's content is unknown. */
function heldTerms(records: readonly TasteRecord[]) {
  const cached = heldCache.get(records);
  if (cached) return cached;
  const result = collectHeld(records);
  heldCache.set(records, result);
  return result;
}

function collectHeld(records: readonly TasteRecord[]) {
  const held = new Set<string>();
  let unknown = false;
  for (const record of records) {
    const terms = record.terms.map(normaliseTerm).filter(Boolean);
    if (terms.length === 0 && ABOUT_ITEMS.has(record.category)) unknown = true;
    for (const term of terms) {
      held.add(term);
      // A UiT code or genre key held also holds its labels ("1.10.11.0.0" is "fictie", "fiction").
      const vocabulary = interestTerm(term) ?? interestTerm(term.replace(/ /g, '_'));
      if (vocabulary) {
        held.add(normaliseTerm(vocabulary.label.nl));
        held.add(normaliseTerm(vocabulary.label.en));
      }
    }
    for (const word of termWords(terms)) held.add(word);
    held.add(normaliseTerm(record.label));
  }
  // A genre held may stand for others a record did not spell out: a thriller is mostly fiction.
  for (const term of [...held]) {
    const key = genreKey(term);
    if (key) for (const implied of impliedGenres(key)) held.add(normaliseTerm(implied));
  }
  return { held, unknown };
}

let byName: Map<string, string> | undefined;
/** A genre key from a key or any of its names ("Thrillers", "thriller", "mystery thriller"). */
const genreKey = (term: string): string | undefined => {
  const key = term.replace(/ /g, '_');
  if (GENRE_LABELS[key]) return key;
  if (!byName) {
    byName = new Map();
    for (const [id, label] of Object.entries(GENRE_LABELS))
      for (const name of [label.nl, label.en, ...(label.countNl ?? []), ...(label.countEn ?? [])])
        if (!byName.has(normaliseTerm(name))) byName.set(normaliseTerm(name), id);
  }
  return byName.get(term);
};

/** Whether a genre (or event type) is absent from everything the records hold, by any of its names. */
function absent(names: readonly string[], held: ReadonlySet<string>): boolean {
  return names.every((name) => {
    const key = normaliseTerm(name);
    return key.length > 0 && !held.has(key) && ![...termWords([key])].some((w) => held.has(w));
  });
}

/** What is truly new for the person in this item, or `unusual` when nothing can be said for sure. */
export function trueNovelty(item: PageItem, records: readonly TasteRecord[]): Novelty {
  const { held, unknown } = heldTerms(records);
  if (unknown) return { kind: 'unusual' };
  const eventType = item.eventTypeId ? interestTerm(item.eventTypeId) : undefined;
  if (eventType && absent([eventType.id, eventType.label.nl, eventType.label.en], held))
    return { kind: 'event-type', label: eventType.label };
  for (const genre of item.genres.map(normaliseTerm)) {
    const key = genreKey(genre);
    if (!key) continue;
    const label = GENRE_LABELS[key];
    if (label && absent([genre, key, label.nl, label.en], held)) return { kind: 'genre', key };
  }
  return { kind: 'unusual' };
}

/**
 * The explanations with only allowed, existing records; one that named records and has none left
 * is dropped; the surprise reason is rebuilt from `trueNovelty`.
 */
export function trueExplanations(
  explanations: readonly Explanation[],
  item: PageItem,
  records: readonly TasteRecord[],
): Explanation[] {
  const known = new Set(records.map((record) => record.id));
  return explanations.flatMap((explanation): Explanation[] => {
    const recordIds = explanation.recordIds.filter((id) => known.has(id));
    if (explanation.code === 'something-new') {
      const rebuilt = novelReason(trueNovelty(item, records), records, explanation.categories);
      return [{ ...rebuilt, recordIds }];
    }
    if (explanation.recordIds.length > 0 && recordIds.length === 0) return [];
    return [{ ...explanation, recordIds }];
  });
}
