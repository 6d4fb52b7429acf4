import type { Explanation } from '../model/suggestion.ts';
import type { DataCategoryId } from '../model/data-category.ts';
import type { Affinity } from './dna/build-dna.ts';

const uniq = <T>(xs: readonly T[]) => [...new Set(xs)].sort() as T[];

/** "Omdat je 3 boeken in het genre thriller leende": the records behind a matching genre or theme. */
export function tasteExplanation(facet: 'theme' | 'genre' | 'author', label: string, a: Affinity, categoryOf: (id: string) => DataCategoryId | undefined): Explanation {
  const ids = a.recordIds.slice(0, 5);
  const n = a.recordIds.length;
  const loans = a.recordIds.filter((id) => categoryOf(id) === 'loans').length;
  const text =
    facet === 'author'
      ? { nl: `Van ${label}, van wie je ${n} ${n === 1 ? 'titel' : 'titels'} koos`, en: `By ${label}, ${n} of whose ${n === 1 ? 'title' : 'titles'} you chose` }
      : loans === n && n > 0
        ? { nl: `Omdat je ${n} ${n === 1 ? 'boek' : 'boeken'} over ${label} leende`, en: `Because you borrowed ${n} ${n === 1 ? 'book' : 'books'} on ${label}` }
        : { nl: `Omdat ${label} ${n} keer terugkomt in wat je deed en koos`, en: `Because ${label} comes up ${n} times in what you did and chose` };
  return { code: `similar-${facet}`, text, categories: uniq(a.categories), recordIds: ids };
}

export function collaborativeExplanation(title: string, recordIds: string[], categories: DataCategoryId[]): Explanation {
  return {
    code: 'readers-also',
    text: { nl: `Lezers van ${title} lazen ook dit`, en: `Readers of ${title} also read this` },
    categories: uniq(categories),
    recordIds: recordIds.slice(0, 5),
  };
}

export function nearbyExplanation(km: number, recordId: string): Explanation {
  const d = km < 1 ? `${Math.max(100, Math.round(km * 10) * 100)} m` : `${km.toFixed(1).replace('.', ',')} km`;
  const en = km < 1 ? d : `${km.toFixed(1)} km`;
  return { code: 'nearby', text: { nl: `${d} van je buurt`, en: `${en} from your area` }, categories: ['location'], recordIds: [recordId] };
}

export function novelExplanation(label: string, categories: DataCategoryId[]): Explanation {
  return {
    code: 'something-new',
    text: { nl: `Iets nieuws: je koos nog nooit ${label}`, en: `Something new: you never chose ${label} before` },
    categories: uniq(categories),
    recordIds: [],
  };
}

export function popularExplanation(): Explanation {
  return { code: 'popular', text: { nl: 'Veel gekozen in Antwerpen', en: 'Often chosen in Antwerp' }, categories: [], recordIds: [] };
}
