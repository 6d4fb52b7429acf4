import { DATA_CATEGORY_BASICS, type DataCategoryIdValue } from './data-category-basics.ts';

/** Dutch het-words take "nieuw … het" (nieuw surfgedrag); de-words and plurals "nieuwe … ze". */
const NEUTER_NL: ReadonlySet<DataCategoryIdValue> = new Set(['profile', 'browsing', 'museum-app']);

/**
 * A scope as a person reads it, the one wording the vault's consent page and the extension's options
 * share: "Je bibliotheekuitleningen lezen", never "loans:read". Free of zod (the extension bundles
 * it). Undefined for a scope this version does not know.
 */
export function scopeTitle(scope: string, lang: 'nl' | 'en'): string | undefined {
  const match = /^([a-z-]+):(read|write)$/.exec(scope);
  const category = match?.[1];
  if (category && Object.hasOwn(DATA_CATEGORY_BASICS, category)) {
    const id = category as DataCategoryIdValue;
    const name = DATA_CATEGORY_BASICS[id].label[lang];
    const label = name.charAt(0).toLowerCase() + name.slice(1);
    if (match[2] === 'read') return { nl: `Je ${label} lezen`, en: `Read your ${label}` }[lang];
    return {
      nl: NEUTER_NL.has(id)
        ? `Nieuw ${label} in je kluis bewaren en het aanpassen`
        : `Nieuwe ${label} in je kluis bewaren en ze aanpassen`,
      en: `Save new ${label} in your vault and change them`,
    }[lang];
  }
  if (scope === 'dna:read')
    return { nl: 'Je interesseprofiel zien', en: 'See your interest profile' }[lang];
  if (scope === 'suggestions:rank')
    return { nl: 'Lijsten in jouw volgorde zetten', en: 'Put lists in your order' }[lang];
  return undefined;
}
