import {
  dataCategory,
  scopeCategory,
  scopeTitle,
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
  /** What a site can learn about the person with this scope, said plainly (nothing is promised away). */
  reveals: string;
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
  /** The person's own extension asks, not a site: what it keeps stays in their browser. */
  asker: 'site' | 'extension' = 'site',
): ScopeText {
  const target = scopeCategory(scope);
  if (target) {
    const category = dataCategory(target.category);
    const label = lower(category.label, lang);
    const title = scopeTitle(scope, lang) ?? scope;
    const reveals =
      asker === 'extension'
        ? extensionReveals(target.category, target.access, label, lang)
        : target.access === 'read'
          ? {
              nl: `Alles wat erin staat: elk gegeven apart, met datum en details. De site kan het bewaren.`,
              en: `Everything in it: each record, with its date and details. The site can keep it.`,
            }[lang]
          : {
              nl: `De site kan je ${label} hiermee niet lezen; ze kan er nieuwe bewaren, en aanpassen of wissen die ze kent.`,
              en: `The site cannot read your ${label} with this; it can save new ones, and change or delete ones it knows.`,
            }[lang];
    return {
      title,
      explanation: category.description[lang],
      reveals,
      categories: [target.category],
    };
  }
  if (scope === 'dna:read') {
    return {
      title: scopeTitle(scope, lang) ?? scope,
      explanation: {
        nl: 'Je belangrijkste thema’s en soorten cultuur (lezen, kijken, luisteren, beleven) met hun gewicht, afgeleid uit je gegevens. Nooit de gegevens zelf.',
        en: 'Your main themes and kinds of culture (read, watch, listen, experience) with their weights, derived from your data. Never the data itself.',
      }[lang],
      reveals: {
        nl: 'Je smaak, afgerond: een thema of genre telt pas mee als het in minstens twee van je gegevens terugkomt (of als je het zelf als interesse opgaf). Eén enkele lening of bezoek is er niet uit af te leiden.',
        en: 'Your taste, rounded: a theme or genre only counts once at least two of your records have it (or you stated it as an interest). No single loan or visit can be read from it.',
      }[lang],
      categories: [...DNA_CATEGORIES],
    };
  }
  return {
    title: scopeTitle(scope, lang) ?? scope,
    explanation: {
      nl: 'De site stuurt een lijst (minstens 20 boeken of activiteiten) en je kluis zet die in de volgorde die bij je past. De site krijgt alleen die volgorde terug, nooit je gegevens, en mag dit maar een beperkt aantal keer per dag vragen.',
      en: 'The site sends a list (at least 20 books or activities) and your vault puts it in the order that suits you. The site only gets that order back, never your data, and may ask only a limited number of times a day.',
    }[lang],
    reveals: {
      nl: 'Uit de volgorde kan de site wel afleiden welke thema’s, genres, auteurs, zalen en soorten cultuur in minstens twee van je gegevens hieronder terugkomen, en wat je zelf als interesse opgaf: ook wat je misschien liever voor jezelf houdt (een auteur die je vaak leest, een plek waar je vaak komt). Niet welke boeken of activiteiten het precies waren, en niets wat maar in één van je gegevens staat (één lening, ticket of bezoek).',
      en: 'From the order the site can still work out which themes, genres, authors, venues and kinds of culture come back in at least two of your records below, and what you stated as interests: including what you may prefer to keep to yourself (an author you read often, a place you often go). Not which books or activities they were, nor anything that is in only one of your records (one loan, ticket or visit).',
    }[lang],
    categories: [...rankCategories],
  };
}

/** A category scope of the extension: what it reads stays encrypted in the person's browser. */
function extensionReveals(
  category: DataCategoryId,
  access: 'read' | 'write',
  label: string,
  lang: Lang,
): string {
  // The profile is not kept: it goes into a site's form, which the site gets when it is sent.
  if (category === 'profile' && access === 'read')
    return {
      nl: 'Je naam, e-mailadres, postcode en A-kaartnummer, gelezen pas als je in een formulier op ‘Vul in vanuit mijn kluis’ drukt en niet bewaard. Ze komen in het formulier van die site, die ze krijgt als je het verstuurt.',
      en: 'Your name, email address, postal code and A-kaart number, read only when you press ‘Fill in from my vault’ on a form, and not kept. They go into that site’s form, which the site gets when you send it.',
    }[lang];
  return access === 'read'
    ? {
        nl: 'Alles wat erin staat: elk gegeven apart, met datum en details. De extensie bewaart het versleuteld in je browser en stuurt het naar geen enkele site.',
        en: 'Everything in it: each record, with its date and details. The extension keeps it encrypted in your browser and sends it to no site.',
      }[lang]
    : {
        nl: `De extensie kan je ${label} hiermee niet lezen; ze kan er nieuwe bewaren, en aanpassen of wissen die ze kent.`,
        en: `The extension cannot read your ${label} with this; it can save new ones, and change or delete ones it knows.`,
      }[lang];
}
