/**
 * The ten data categories as the extension shows them, from shared's zod-free registry (the zod one
 * in shared/src/model/data-category.ts is built with full zod, which Parcel inside Plasmo mis-bundles).
 */
import {
  DATA_CATEGORY_IDS,
  DATA_CATEGORY_REGISTRY,
  type DataCategoryIdValue,
} from '@verwonder/shared/model/data-category-registry.ts';

export const CATEGORY_IDS = DATA_CATEGORY_IDS;

export type CategoryId = DataCategoryIdValue;

export interface CategoryInfo {
  label: { nl: string; en: string };
  /** Behavioural categories are left out in the "limited" mode (stated interests only). */
  behavioural: boolean;
}

function categoryInfo(id: CategoryId): CategoryInfo {
  const entry = DATA_CATEGORY_REGISTRY.find((category) => category.id === id);
  if (!entry) throw new Error(`unknown data category ${id}`); // unreachable: the registry lists every id
  return { label: entry.label, behavioural: entry.behavioural };
}

export const CATEGORIES: Readonly<Record<CategoryId, CategoryInfo>> = {
  profile: categoryInfo('profile'),
  interests: categoryInfo('interests'),
  loans: categoryInfo('loans'),
  tickets: categoryInfo('tickets'),
  visits: categoryInfo('visits'),
  browsing: categoryInfo('browsing'),
  newsletters: categoryInfo('newsletters'),
  'museum-app': categoryInfo('museum-app'),
  location: categoryInfo('location'),
  feedback: categoryInfo('feedback'),
};
