/**
 * A granted scope in the person's words, as the vault's consent page titles it (its scope-text.ts):
 * "Je bibliotheekuitleningen lezen", never "loans:read". The category names are shared's
 * (control/categories.ts); a scope this version does not know is shown as it is.
 */
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../control/categories.ts';
import type { Language } from '../control/settings.ts';

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const isCategory = (id: string): id is CategoryId =>
  (CATEGORY_IDS as readonly string[]).includes(id);

export function scopeLabel(scope: string, language: Language): string {
  const match = /^([a-z-]+):(read|write)$/.exec(scope);
  if (match?.[1] && isCategory(match[1])) {
    const label = lower(CATEGORIES[match[1]].label[language]);
    return match[2] === 'read'
      ? { nl: `Je ${label} lezen`, en: `Read your ${label}` }[language]
      : {
          nl: `Nieuwe ${label} in je kluis bewaren en ze aanpassen`,
          en: `Save new ${label} in your vault and change them`,
        }[language];
  }
  if (scope === 'dna:read')
    return { nl: 'Je interesseprofiel zien', en: 'See your interest profile' }[language];
  if (scope === 'suggestions:rank')
    return { nl: 'Lijsten in jouw volgorde zetten', en: 'Put lists in your order' }[language];
  return scope;
}
