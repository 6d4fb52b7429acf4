/**
 * The categories some site may use now (the mode, the global switches, each site's switch and
 * stopped categories): the only ones worth reading from the vault. Nothing while the mode is off.
 */
import { CATEGORY_IDS, type CategoryId } from './categories.ts';
import { allowedCategories, type Settings } from './settings.ts';

export function categoriesInUse(settings: Settings, origins: Iterable<string>): CategoryId[] {
  const inUse = new Set<CategoryId>();
  for (const origin of origins) {
    for (const category of allowedCategories(settings, origin)) inUse.add(category);
  }
  return CATEGORY_IDS.filter((category) => inUse.has(category));
}
