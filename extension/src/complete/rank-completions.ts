/**
 * Search completions ranked by the person's DNA, computed in the background worker: what the typed
 * text may become (a vocabulary word the site's search finds, or on the library an author the person
 * read), the person's records lifting what fits their taste ("ja" → "Jazz" first for a jazz lover),
 * and a Dutch spelling fix when nothing starts as typed ("thaeter" → "Theater"). Matching is
 * MiniSearch, as in shared's catalogue search: case- and accent-insensitive, prefix and fuzzy.
 */
import MiniSearch from 'minisearch';

import type { CategoryId } from '../control/categories.ts';
import { normaliseTerm } from '../ranking/item-terms.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import {
  completionVocabulary,
  type CompletionCandidate,
  type CompletionKind,
  type CompletionSite,
} from './completion-vocabulary.ts';
import { fixWord } from './spelling-fix.ts';

export interface Completion {
  label: string;
  kind: CompletionKind;
  /** Why it is offered, in the person's language ("" for a plain completion). */
  why: string;
}

export interface CompletionContext {
  site: CompletionSite;
  language: 'nl' | 'en';
  /** Only the records allowed on the site (the caller applies the mode and the switches). */
  records: readonly TasteRecord[];
  limit?: number;
}

/** How much one record of a category says about taste: stated most, seen least. */
const WEIGHTS: Partial<Record<CategoryId, number>> = { interests: 3, loans: 1, tickets: 1 };
const weightOf = (record: TasteRecord) =>
  record.reaction ? (record.reaction.kind === 'wow' ? 2 : 1.5) : (WEIGHTS[record.category] ?? 0.5);

interface Taste {
  weight: number;
  label: string;
}

/** Every normalised term and author of the records, with its summed weight and strongest record. */
function tasteOf(records: readonly TasteRecord[]) {
  const terms = new Map<string, Taste & { best: number }>();
  const authors = new Map<string, Taste & { name: string; best: number }>();
  const note = <T extends Taste & { best: number }>(
    map: Map<string, T>,
    key: string,
    r: TasteRecord,
    extra: Omit<T, keyof Taste | 'best'>,
  ) => {
    const weight = weightOf(r);
    const entry = map.get(key);
    if (!entry) return void map.set(key, { ...extra, weight, label: r.label, best: weight } as T);
    entry.weight += weight;
    if (weight > entry.best) Object.assign(entry, { label: r.label, best: weight });
  };
  for (const record of records) {
    for (const term of new Set(record.terms.map(normaliseTerm)))
      if (term) note(terms, term, record, {});
    for (const name of record.authors ?? []) {
      const key = normaliseTerm(name);
      if (key) note(authors, key, record, { name: name.trim() });
    }
  }
  return { terms, authors };
}

interface Index {
  search: MiniSearch<CompletionCandidate>;
  byKey: Map<string, CompletionCandidate>;
  words: Set<string>;
}

const indexes = new Map<string, Index>();
const wordsOf = (text: string) =>
  normaliseTerm(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function indexFor(site: CompletionSite, language: 'nl' | 'en'): Index {
  const key = `${site}:${language}`;
  const cached = indexes.get(key);
  if (cached) return cached;
  const candidates = completionVocabulary(site, language);
  const search = new MiniSearch<CompletionCandidate>({
    idField: 'key',
    fields: ['label', 'alt'],
    processTerm: (term) => normaliseTerm(term),
    searchOptions: {
      boost: { label: 2 },
      prefix: true,
      // Short words only as typed: "ja" must not become "jas".
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  search.addAll(candidates);
  const words = new Set(candidates.flatMap((c) => [...wordsOf(c.label), ...wordsOf(c.alt)]));
  const built = { search, byKey: new Map(candidates.map((c) => [c.key, c])), words };
  indexes.set(key, built);
  return built;
}

/** Whether every typed word starts a word of the candidate (otherwise it matched with a typo). */
const startsWords = (typed: readonly string[], text: string) => {
  const words = wordsOf(text);
  return typed.every((word) => words.some((w) => w.startsWith(word)));
};

interface Scored {
  label: string;
  kind: CompletionKind;
  /** How well the text matches, about 0..1.5. */
  text: number;
  fixed: boolean;
  /** Term ids and the label's key, looked up in the person's terms. */
  ids: string[];
  taste?: Taste;
}

function matchVocabulary(index: Index, query: string, fixed: boolean): Scored[] {
  const typed = wordsOf(query);
  const hits = index.search.search(query);
  const top = hits[0]?.score ?? 1;
  return hits.flatMap((hit) => {
    const candidate = index.byKey.get(String(hit.id));
    if (!candidate) return [];
    const exact = startsWords(typed, `${candidate.label} ${candidate.alt}`);
    // The label starting as typed beats a word further in ("Jazz" before "Jazz en blues").
    const lead = candidate.key.startsWith(query) ? 0.5 : 0;
    return [
      {
        label: candidate.label,
        kind: candidate.kind,
        text: (hit.score / top) * (exact ? 1 : 0.6) + lead,
        fixed: fixed || !exact,
        ids: [...new Set([...candidate.ids, candidate.key])],
      },
    ];
  });
}

const WHY = {
  nl: { taste: 'Past bij je smaak: {label}', fixed: 'Spelling verbeterd' },
  en: { taste: 'Fits your taste: {label}', fixed: 'Spelling corrected' },
} as const;

/** At most `limit` completions of `text`, best first (none below two letters). */
export function rankCompletions(text: string, context: CompletionContext): Completion[] {
  const query = normaliseTerm(text.slice(0, 100));
  if (query.length < 2) return [];
  const index = indexFor(context.site, context.language);
  const { terms, authors } = tasteOf(context.records);
  const authorNames = context.site === 'library' ? [...authors.values()] : [];
  const known = new Set([...index.words, ...authorNames.flatMap((a) => wordsOf(a.name))]);
  const matches = (q: string) => [
    ...matchVocabulary(index, q, false),
    ...authorNames.flatMap((author): Scored[] =>
      startsWords(wordsOf(q), author.name)
        ? [
            {
              label: author.name,
              kind: 'author',
              text: normaliseTerm(author.name).startsWith(q) ? 1.5 : 1,
              fixed: false,
              ids: [],
              taste: author,
            },
          ]
        : [],
    ),
  ];
  let scored = matches(query);
  // Nothing starts as typed: the nearest known words instead, said so in the why.
  if (!scored.some((entry) => !entry.fixed)) {
    const typed = wordsOf(query);
    const repaired = typed.map((word) => fixWord(word, known) ?? word);
    if (repaired.some((word, i) => word !== typed[i]))
      scored = matches(repaired.join(' ')).map((entry) => ({ ...entry, fixed: true }));
  }
  for (const entry of scored) {
    if (entry.taste) continue;
    let weight = 0;
    let best: Taste | undefined;
    for (const id of entry.ids) {
      const taste = terms.get(id);
      if (!taste) continue;
      weight += taste.weight;
      if (!best || taste.weight > best.weight) best = taste;
    }
    if (best) entry.taste = { weight, label: best.label };
  }
  const score = (entry: Scored) => entry.text * (1 + Math.min(entry.taste?.weight ?? 0, 6) / 2);
  const why = WHY[context.language];
  return scored
    .sort((a, b) => score(b) - score(a) || a.label.localeCompare(b.label, context.language))
    .slice(0, Math.max(1, Math.min(context.limit ?? 6, 8)))
    .map((entry) => ({
      label: entry.label,
      kind: entry.kind,
      why: [
        entry.fixed ? why.fixed : '',
        entry.taste ? why.taste.replace('{label}', entry.taste.label) : '',
      ]
        .filter(Boolean)
        .join(' · '),
    }));
}
