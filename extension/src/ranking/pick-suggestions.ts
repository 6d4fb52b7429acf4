/**
 * From `suggest`'s ranked pool to the page's marks (rank-items.ts): the own-word picks first, then
 * at most `relevantMax` "Voor jou" in all and at most one "Verrassing", each resting on the
 * person's records with only the reasons that are true of them (true-explanations.ts).
 */
import type { Suggestion } from '@verwonder/shared/model/suggestion.ts';

import type { CategoryId } from '../control/categories.ts';
import type { PageItem } from '../page/page-item.ts';
import type { OwnWordPick } from './own-word-slots.ts';
import type { RankedSuggestion } from './ranked-suggestion.ts';
import { restingOn } from './resting-on.ts';
import type { TasteRecord } from './taste-record.ts';
import { trueExplanations } from './true-explanations.ts';

/** The code of the surprise's own reason ("Iets nieuws: …", shared/src/wonder/explain.ts). */
const SOMETHING_NEW = 'something-new';

/** Categories of what the person did (not what they said or where they are). */
const DONE: ReadonlySet<CategoryId> = new Set([
  'loans',
  'tickets',
  'visits',
  'museum-app',
  'browsing',
  'feedback',
]);

/** A match with the person's records: a score, and a reason other than the novelty naming one. */
const restsOnRecords = (suggestion: Suggestion) =>
  suggestion.score > 0 &&
  suggestion.explanations.some((e) => e.code !== SOMETHING_NEW && e.recordIds.length > 0);

/**
 * The marks in `suggestions`' order, relevant first and the surprise last, as the badges and the
 * zone list them; none when nothing on the page is for the person.
 */
export function pickSuggestions(
  suggestions: readonly Suggestion[],
  typed: readonly OwnWordPick[],
  byId: ReadonlyMap<string, PageItem>,
  mine: readonly TasteRecord[],
  relevantMax: number,
): RankedSuggestion[] {
  // `suggest` calls an item surprising when it shares nothing with the person's three strongest
  // themes and genres, so a page of something else they told or did (a typed "schilderkunst" next
  // to the vault's jazz, film and strips, on the museum) is all surprises. When nothing on the page
  // is closer, the picks that rest on their records are what is for them here: "Voor jou".
  const pageFirst = !suggestions.some((s) => !s.isSurprise && restsOnRecords(s));
  const picked: RankedSuggestion[] = typed.map(({ item, suggestion, reason }) => {
    const reasons = suggestion.explanations.filter((e) => e.code !== SOMETHING_NEW);
    const explanations = [reason, ...trueExplanations(reasons, item, mine)];
    return {
      itemId: item.id,
      kind: 'relevant',
      score: suggestion.score,
      explanations,
      ...restingOn(explanations),
    };
  });
  let relevant = picked.length;
  let surprise = false;
  for (const suggestion of suggestions) {
    if (typed.some((pick) => pick.item.id === suggestion.itemId)) continue;
    const promoted = pageFirst && suggestion.isSurprise && restsOnRecords(suggestion);
    const kind = suggestion.isSurprise && !promoted ? 'surprise' : 'relevant';
    // A "Voor jou" must rest on the person's records; a surprise rests on the taste it departs
    // from (its categories), often on no single record.
    const grounded =
      kind === 'relevant'
        ? restsOnRecords(suggestion)
        : suggestion.provenance.categories.length > 0;
    if (!grounded) continue;
    if (kind === 'relevant' ? relevant >= relevantMax : surprise) continue;
    const item = byId.get(suggestion.itemId);
    if (!item) continue;
    // A collaborative reason ("Lezers van … lazen ook dit") names one record: kept only when that
    // record is one of the person's records allowed here. A promoted pick is not new to them.
    const reasons = promoted
      ? suggestion.explanations.filter((e) => e.code !== SOMETHING_NEW)
      : suggestion.explanations;
    const explanations = trueExplanations(reasons, item, mine);
    const { categories, recordIds } = restingOn(explanations);
    if (explanations.length === 0 || (kind === 'relevant' && recordIds.length === 0)) continue;
    if (kind === 'relevant') relevant++;
    else surprise = true;
    picked.push({
      itemId: suggestion.itemId,
      kind,
      score: suggestion.score,
      explanations,
      categories,
      recordIds,
    });
  }
  // Nothing for the person on this page: its one surprise may stand alone when it rests on what they
  // did ("Iets nieuws: je ging nog nooit naar een tentoonstelling" to someone known by their loans),
  // so each site has something for a person it knows. Stated interests alone do not say what is new.
  if (relevant === 0 && !picked.some((s) => s.categories.some((c) => DONE.has(c)))) return [];
  return [
    ...picked.filter((s) => s.kind === 'relevant'),
    ...picked.filter((s) => s.kind === 'surprise'),
  ];
}
