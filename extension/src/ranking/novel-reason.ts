/**
 * The surprise's "something new" reason, worded by the records it was checked against: "je leende
 * nog nooit klassiekers" only when loans were among them, "je ging nog nooit naar een concert" only
 * when tickets, visits or museum app use were. Where the page may use only stated interests (mode
 * "limited", the loans off on the site), it says what it knows: "Iets nieuws naast je opgegeven
 * interesses: klassiekers", never a claim about loans it did not read.
 */
import type { Explanation } from '@verwonder/shared/model/suggestion.ts';
import { genreLabel } from '@verwonder/shared/catalog/genre-labels.ts';
import { novelExplanation, type Novelty } from '@verwonder/shared/wonder/explain.ts';

import type { TasteRecord } from './taste-record.ts';

const OUTINGS: readonly string[] = ['tickets', 'visits', 'museum-app'];
const DONE: readonly string[] = [...OUTINGS, 'loans', 'browsing', 'feedback'];

/** "Klassiekers" -> "klassiekers", but "R&B" stays (as shared's explanations lower a label). */
const lower = (s: string) =>
  /^.[a-z]/.test(s) || s.length === 1 ? s.charAt(0).toLowerCase() + s.slice(1) : s;

/** Whether the records the novelty was checked against can back its wording in shared's explain.ts. */
function backed(novelty: Novelty, used: ReadonlySet<string>): boolean {
  if (novelty.kind === 'event-type') return OUTINGS.some((c) => used.has(c));
  if (novelty.kind === 'genre') {
    const label = genreLabel(novelty.key);
    // "je leende nog nooit …" speaks of loans; "je koos nog nooit …" of something done.
    return label.countNl && label.countEn ? used.has('loans') : DONE.some((c) => used.has(c));
  }
  return true;
}

export function novelReason(
  novelty: Novelty,
  records: readonly Pick<TasteRecord, 'category'>[],
  categories: Explanation['categories'],
): Explanation {
  const used = new Set<string>(records.map((record) => record.category));
  if (backed(novelty, used)) return novelExplanation(novelty, categories);
  if (novelty.kind === 'unusual' || !used.has('interests'))
    return novelExplanation({ kind: 'unusual' }, categories);
  const label = novelty.kind === 'genre' ? genreLabel(novelty.key) : novelty.label;
  return {
    ...novelExplanation({ kind: 'unusual' }, categories),
    text: {
      nl: `Iets nieuws naast je opgegeven interesses: ${lower(label.nl)}`,
      en: `Something new next to your stated interests: ${lower(label.en)}`,
    },
  };
}
