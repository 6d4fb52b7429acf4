/**
 * The value to store for new settings. Storage is shared with other versions of the extension: what
 * this version does not know (a newer version's category switch, site option or setting) is kept
 * as it was, so a write here never loses the person's choice there.
 */
import { CATEGORY_IDS } from './categories.ts';
import { isPlainObject, SettingsSchema, type Settings } from './settings.ts';

const KNOWN_SETTINGS: readonly string[] = Object.keys(SettingsSchema.shape);
const KNOWN_SITE: readonly string[] = ['enabled', 'disabledCategories', 'capture'];
const KNOWN_CATEGORIES: readonly unknown[] = CATEGORY_IDS;

/** The members of a stored object that are not in `known` (nothing for what is no object). */
function unknownMembers(value: unknown, known: readonly unknown[]): Record<string, unknown> {
  if (!isPlainObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([key]) => !known.includes(key)));
}

export function settingsToStore(stored: unknown, next: Settings): Record<string, unknown> {
  const before = isPlainObject(stored) ? stored : {};
  const sitesBefore = isPlainObject(before.sites) ? before.sites : {};
  const sites = Object.entries(next.sites).map(([origin, site]) => {
    const siteBefore = sitesBefore[origin];
    const listBefore = isPlainObject(siteBefore) ? siteBefore.disabledCategories : undefined;
    const otherStopped = Array.isArray(listBefore)
      ? listBefore.filter((id) => typeof id === 'string' && !KNOWN_CATEGORIES.includes(id))
      : [];
    return [
      origin,
      {
        ...unknownMembers(siteBefore, KNOWN_SITE),
        ...site,
        disabledCategories: [...site.disabledCategories, ...otherStopped],
      },
    ];
  });
  return {
    ...unknownMembers(before, KNOWN_SETTINGS),
    ...next,
    categories: { ...unknownMembers(before.categories, KNOWN_CATEGORIES), ...next.categories },
    sites: Object.fromEntries(sites),
  };
}
