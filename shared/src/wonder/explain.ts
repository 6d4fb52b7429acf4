import { genreLabel } from '../catalog/genre-labels.ts';
import type { DataCategoryId } from '../model/data-category.ts';
import type { LocalizedText } from '../model/localized-text.ts';
import type { Explanation } from '../model/suggestion.ts';
import type { Affinity } from './dna/build-dna.ts';

const uniq = <T>(xs: readonly T[]) => [...new Set(xs)].sort() as T[];
/** "Klassieke muziek" -> "klassieke muziek", but "R&B" and "LGBTQ+" stay as they are. */
const lower = (s: string) =>
  /^.[a-z]/.test(s) || s.length === 1 ? s.charAt(0).toLowerCase() + s.slice(1) : s;
const anEn = (s: string) => (/^[aeiou]/i.test(s) ? `an ${s}` : `a ${s}`);
const only = (
  a: Affinity,
  category: DataCategoryId,
  categoryOf: (id: string) => DataCategoryId | undefined,
) => a.recordIds.length > 0 && a.recordIds.every((id) => categoryOf(id) === category);
const evidence = (code: string, text: LocalizedText, a: Affinity): Explanation => ({
  code,
  text,
  categories: uniq(a.categories),
  recordIds: a.recordIds.slice(0, 5),
});

/** "Van Charles Dickens, van wie je 10 boeken leende". */
export function authorExplanation(
  author: string,
  a: Affinity,
  categoryOf: (id: string) => DataCategoryId | undefined,
): Explanation {
  const n = a.recordIds.length;
  const loans = only(a, 'loans', categoryOf);
  const text =
    n === 1
      ? loans
        ? {
            nl: `Van ${author}, van wie je al een boek leende`,
            en: `By ${author}, whose work you borrowed before`,
          }
        : {
            nl: `Van ${author}, van wie je al iets koos`,
            en: `By ${author}, whose work you chose before`,
          }
      : loans
        ? {
            nl: `Van ${author}, van wie je ${n} boeken leende`,
            en: `By ${author}, ${n} of whose books you borrowed`,
          }
        : {
            nl: `Van ${author}, van wie je ${n} titels koos`,
            en: `By ${author}, ${n} of whose titles you chose`,
          };
  return evidence('similar-author', text, a);
}

/** "Omdat je 12 historische romans leende" for a book genre; "Omdat je al 3 keer voor jazz koos" otherwise. */
export function genreExplanation(
  key: string,
  a: Affinity,
  categoryOf: (id: string) => DataCategoryId | undefined,
): Explanation {
  const n = a.recordIds.length;
  const label = genreLabel(key);
  const i = n === 1 ? 0 : 1;
  const text =
    only(a, 'loans', categoryOf) && label.countNl && label.countEn
      ? {
          nl: `Omdat je ${n} ${label.countNl[i]} leende`,
          en: `Because you borrowed ${n} ${label.countEn[i]}`,
        }
      : only(a, 'interests', categoryOf)
        ? {
            nl: `Omdat je ${lower(label.nl)} als interesse aangaf`,
            en: `Because you listed ${lower(label.en)} as an interest`,
          }
        : {
            nl: `Omdat je al ${n} keer voor ${lower(label.nl)} koos`,
            en: `Because you chose ${lower(label.en)} ${n === 1 ? 'once' : `${n} times`} before`,
          };
  return evidence('similar-genre', text, a);
}

const OUTINGS = new Set<DataCategoryId>(['loans', 'tickets', 'visits', 'museum-app']);
/** UiT's film genres ("Actie- en avonturenfilm"): a book can suggest one, but is not "about" it. */
const FILM_GENRE = /^1\.7\./;

/** "Omdat je 8 boeken over geschiedenis leende", "Omdat je al 3 keer naar klassieke muziek ging". */
export function themeExplanation(
  label: LocalizedText,
  a: Affinity,
  categoryOf: (id: string) => DataCategoryId | undefined,
  themeId?: string,
): Explanation {
  const n = a.recordIds.length;
  const nl = lower(label.nl);
  const en = lower(label.en);
  if (themeId !== undefined && FILM_GENRE.test(themeId) && only(a, 'loans', categoryOf))
    return evidence(
      'similar-theme',
      {
        nl: `Omdat het past bij ${n === 1 ? 'het boek dat' : `de ${n} boeken die`} je leende (${nl})`,
        en: `Because it fits ${n === 1 ? 'the book' : `the ${n} books`} you borrowed (${en})`,
      },
      a,
    );
  const text = only(a, 'loans', categoryOf)
    ? {
        nl: `Omdat je ${n} ${n === 1 ? 'boek' : 'boeken'} over ${nl} leende`,
        en: `Because you borrowed ${n} ${n === 1 ? 'book' : 'books'} about ${en}`,
      }
    : only(a, 'tickets', categoryOf)
      ? {
          nl: `Omdat je al ${n} keer naar ${nl} ging`,
          en: `Because you went to ${en} ${n === 1 ? 'once' : `${n} times`} before`,
        }
      : only(a, 'interests', categoryOf)
        ? {
            nl: `Omdat je ${nl} als interesse aangaf`,
            en: `Because you listed ${en} as an interest`,
          }
        : a.categories.every((c) => OUTINGS.has(c))
          ? {
              nl: `Omdat ${nl} ${n} keer terugkomt in wat je leende en bezocht`,
              en: `Because ${en} comes up ${n} times in what you borrowed and went to`,
            }
          : {
              nl: `Omdat ${nl} ${n} keer terugkomt in wat je koos`,
              en: `Because ${en} comes up ${n} times in what you chose`,
            };
  return evidence('similar-theme', text, a);
}

/** The cross-media bridge: "Je leest graag over muziek: een concert in deSingel". */
export function bridgeExplanation(
  theme: LocalizedText,
  eventType: LocalizedText,
  venue: string,
  a: Affinity,
): Explanation {
  return evidence(
    'reads-about',
    {
      nl: `Je leest graag over ${lower(theme.nl)}: een ${lower(eventType.nl)} in ${venue}`,
      en: `You like reading about ${lower(theme.en)}: ${anEn(lower(eventType.en))} at ${venue}`,
    },
    a,
  );
}

/** "Lezers van Great Expectations lazen ook dit", naming the one record the link runs through. */
export function collaborativeExplanation(
  title: string,
  recordId: string,
  category: DataCategoryId,
): Explanation {
  return {
    code: 'readers-also',
    text: { nl: `Lezers van ${title} lazen ook dit`, en: `Readers of ${title} also read this` },
    categories: [category],
    recordIds: [recordId],
  };
}

export function nearbyExplanation(km: number, recordId: string): Explanation {
  const d =
    km < 1
      ? `${Math.max(100, Math.round(km * 10) * 100)} m`
      : `${km.toFixed(1).replace('.', ',')} km`;
  const en = km < 1 ? d : `${km.toFixed(1)} km`;
  return {
    code: 'nearby',
    text: { nl: `${d} van je buurt`, en: `${en} from your area` },
    categories: ['location'],
    recordIds: [recordId],
  };
}

/** What a surprise is new in: an event type never attended, a book genre never borrowed, or neither. */
export type Novelty =
  | { kind: 'event-type'; label: LocalizedText }
  | { kind: 'genre'; key: string }
  | { kind: 'unusual' };

/** "Iets nieuws: je ging nog nooit naar een dansvoorstelling". */
export function novelExplanation(novelty: Novelty, categories: DataCategoryId[]): Explanation {
  const text = (() => {
    if (novelty.kind === 'event-type')
      return {
        nl: `Iets nieuws: je ging nog nooit naar een ${lower(novelty.label.nl)}`,
        en: `Something new: you have never been to ${anEn(lower(novelty.label.en))}`,
      };
    if (novelty.kind === 'genre') {
      const g = genreLabel(novelty.key);
      return g.countNl && g.countEn
        ? {
            nl: `Iets nieuws: je leende nog nooit ${g.countNl[1]}`,
            en: `Something new: you never borrowed ${g.countEn[1]} before`,
          }
        : {
            nl: `Iets nieuws: je koos nog nooit ${lower(g.nl)}`,
            en: `Something new: you never chose ${lower(g.en)} before`,
          };
    }
    return {
      nl: 'Een verrassing, iets verder van wat je gewoonlijk kiest',
      en: 'A surprise, a little further from what you usually choose',
    };
  })();
  return { code: 'something-new', text, categories: uniq(categories), recordIds: [] };
}

export function popularExplanation(): Explanation {
  return {
    code: 'popular',
    text: { nl: 'Veel gekozen in Antwerpen', en: 'Often chosen in Antwerp' },
    categories: [],
    recordIds: [],
  };
}

/** One of the person's genres or themes that a candidate carries. */
export interface TasteMatch {
  facet: 'genre' | 'theme';
  key: string;
  /** The theme's own label (genres are looked up in the genre labels). */
  label?: LocalizedText;
  a: Affinity;
  /** Affinity relative to the person's strongest of that facet, 0..1. */
  w: number;
  /** Share of all candidates carrying the key, 0..1: how much "everybody has" it. */
  prevalence: number;
}

/** Everything that could be said about one suggestion; `chooseExplanations` picks the few that say most. */
export interface Reasons {
  authors: { name: string; a: Affinity; w: number }[];
  collab?: { title: string; recordId: string; category: DataCategoryId };
  tastes: TasteMatch[];
  /** For an activity: what it is and where, to bridge from reading to going out. */
  activity?: { eventType: LocalizedText; venue: string };
  nearby?: { km: number; recordId: string };
  surprise?: { novelty: Novelty; categories: DataCategoryId[]; recordIds: string[] };
}

const tasteKey = (t: TasteMatch) => `${t.facet}:${t.key}`;
/** The Dutch name an explanation gives a taste. */
const spoken = (t: TasteMatch): string =>
  t.facet === 'genre' ? genreLabel(t.key).nl : (t.label ?? { nl: t.key }).nl;
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);
/** Whether two names share a word ("jazz" and "jazz en blues"), so saying both says one thing twice. */
const sharesWord = (x: string, y: string): boolean => words(x).some((w) => words(y).includes(w));

/**
 * At most `max` explanations, most specific first: the surprise, a same author, a named record
 * readers share, the most distinctive genre or theme (affinity over prevalence, so "classics" beats
 * "fiction"), a reading-to-going-out bridge, the distance. `used` counts the genres and themes named
 * in earlier suggestions of the same list, so that the list does not repeat one reason throughout.
 */
export function chooseExplanations(
  r: Reasons,
  categoryOf: (id: string) => DataCategoryId | undefined,
  used: Map<string, number>,
  max = 3,
): Explanation[] {
  const out: Explanation[] = [];
  if (r.surprise) {
    const e = novelExplanation(r.surprise.novelty, r.surprise.categories);
    out.push({ ...e, recordIds: [...e.recordIds, ...r.surprise.recordIds] });
  }
  const author = [...r.authors].sort((x, y) => y.w - x.w || (x.name < y.name ? -1 : 1))[0];
  if (author) out.push(authorExplanation(author.name, author.a, categoryOf));
  if (r.collab)
    out.push(collaborativeExplanation(r.collab.title, r.collab.recordId, r.collab.category));

  // Weak matches are left out before ranking by distinctiveness, so one stray loan does not win.
  // A book's themes are derived from its genres, so for books the genres are the first-hand evidence.
  const genreOnly = !r.activity && r.tastes.some((t) => t.facet === 'genre');
  const own = genreOnly ? r.tastes.filter((t) => t.facet === 'genre') : r.tastes;
  const strongest = Math.max(0, ...own.map((t) => t.w));
  const score = (t: TasteMatch) =>
    t.w / Math.max(t.prevalence, 0.005) / (1 + (used.get(tasteKey(t)) ?? 0)) ** 2;
  const tastes = own
    .filter((t) => t.w >= 0.25 * strongest)
    .sort((x, y) => score(y) - score(x) || (tasteKey(x) < tasteKey(y) ? -1 : 1));
  const chosen = new Map<Explanation, TasteMatch>();
  const sayTaste = (t: TasteMatch, e: Explanation) => (chosen.set(e, t), out.push(e));
  const say = (t: TasteMatch) =>
    t.facet === 'genre'
      ? genreExplanation(t.key, t.a, categoryOf)
      : themeExplanation(t.label ?? { nl: t.key, en: t.key }, t.a, categoryOf, t.key);
  // The bridge speaks of reading, so it rests on the loans alone.
  const bridge = r.activity
    ? tastes.find(
        (t) =>
          t.facet === 'theme' &&
          t.label &&
          t.a.recordIds.filter((id) => categoryOf(id) === 'loans').length >= 2,
      )
    : undefined;
  const first = tastes.find((t) => t !== bridge);
  if (first) sayTaste(first, say(first));
  if (bridge?.label && r.activity) {
    const reading: Affinity = {
      ...bridge.a,
      recordIds: bridge.a.recordIds.filter((id) => categoryOf(id) === 'loans'),
      categories: ['loans'],
    };
    sayTaste(
      bridge,
      bridgeExplanation(bridge.label, r.activity.eventType, r.activity.venue, reading),
    );
  }
  if (r.nearby) out.push(nearbyExplanation(r.nearby.km, r.nearby.recordId));
  // Not the first one again in other words: a typed "jazz" is both the genre "Jazz" and the
  // theme "Jazz en blues".
  const second = tastes.find(
    (t) => t !== first && t !== bridge && !(first && sharesWord(spoken(first), spoken(t))),
  );
  if (out.length < 2 && second) sayTaste(second, say(second));

  const picked = out.slice(0, max);
  for (const e of picked) {
    const t = chosen.get(e);
    if (t) used.set(tasteKey(t), (used.get(tasteKey(t)) ?? 0) + 1);
  }
  return picked.length > 0 ? picked : [popularExplanation()];
}
