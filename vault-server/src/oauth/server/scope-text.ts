import {
  dataCategory,
  scopeCategory,
  type DataCategoryId,
  type LocalizedText,
  type Scope,
} from '@verwonder/shared';
import type { Lang } from '../../http/pages/messages.ts';

/** The categories `dna:read` is derived from: what a person stated and did, not their profile or location. */
export const DNA_CATEGORIES: readonly DataCategoryId[] = [
  'interests',
  'loans',
  'tickets',
  'visits',
  'museum-app',
];

export interface ScopeText {
  title: string;
  explanation: string;
  /** The data categories the scope touches (for ranking: the ones the person allows). */
  categories: DataCategoryId[];
}

const lower = (text: LocalizedText, lang: Lang): string =>
  text[lang].charAt(0).toLowerCase() + text[lang].slice(1);

/** A scope in plain words, in the person's language. */
export function scopeText(
  scope: Scope,
  lang: Lang,
  rankCategories: readonly DataCategoryId[] = [],
): ScopeText {
  const target = scopeCategory(scope);
  if (target) {
    const category = dataCategory(target.category);
    const label = lower(category.label, lang);
    const title =
      target.access === 'read'
        ? { nl: `Je ${label} lezen`, en: `Read your ${label}` }[lang]
        : {
            nl: `Nieuwe ${label} in je kluis bewaren en ze aanpassen`,
            en: `Save new ${label} in your vault and change them`,
          }[lang];
    return { title, explanation: category.description[lang], categories: [target.category] };
  }
  if (scope === 'dna:read') {
    return {
      title: { nl: 'Je interesseprofiel zien', en: 'See your interest profile' }[lang],
      explanation: {
        nl: 'Je belangrijkste thema’s en soorten cultuur (lezen, kijken, luisteren, beleven) met hun gewicht, afgeleid uit je gegevens. Nooit de gegevens zelf.',
        en: 'Your main themes and kinds of culture (read, watch, listen, experience) with their weights, derived from your data. Never the data itself.',
      }[lang],
      categories: [...DNA_CATEGORIES],
    };
  }
  return {
    title: { nl: 'Lijsten in jouw volgorde zetten', en: 'Put lists in your order' }[lang],
    explanation: {
      nl: 'De site stuurt een lijst (boeken, activiteiten) en je kluis zet die in de volgorde die bij je past. De site ziet alleen de volgorde en welke soorten gegevens meetelden, nooit je gegevens.',
      en: 'The site sends a list (books, activities) and your vault puts it in the order that suits you. The site only sees the order and which kinds of data counted, never your data.',
    }[lang],
    categories: [...rankCategories],
  };
}
