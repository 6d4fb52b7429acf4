/**
 * The ten data categories as the extension shows them: names and whether each is behavioural, from
 * shared's zod-free basics (data-category-basics.ts, which the registry builds on; the zod one in
 * shared/src/model/data-category.ts is built with full zod, which Parcel inside Plasmo mis-bundles).
 * Only these, not the registry: the content script names categories and carries no descriptions.
 */
import {
  DATA_CATEGORY_BASICS,
  DATA_CATEGORY_IDS,
  type DataCategoryBasics,
  type DataCategoryIdValue,
} from '@verwonder/shared/model/data-category-basics.ts';

export const CATEGORY_IDS = DATA_CATEGORY_IDS;

export type CategoryId = DataCategoryIdValue;

export type CategoryInfo = DataCategoryBasics;

export const CATEGORIES: Readonly<Record<CategoryId, CategoryInfo>> = DATA_CATEGORY_BASICS;
