import { z } from 'zod';
import { LocalizedText } from './localized-text.ts';
import { DATA_CATEGORY_IDS, DATA_CATEGORY_REGISTRY } from './data-category-registry.ts';

export { DATA_CATEGORY_IDS } from './data-category-registry.ts';

/** The ids of the registry (data-category-registry.ts): containers in URLs and scopes. */
export const DataCategoryId = z.enum(DATA_CATEGORY_IDS);
export type DataCategoryId = z.infer<typeof DataCategoryId>;

export const Sensitivity = z.enum(['low', 'medium', 'high']);
export type Sensitivity = z.infer<typeof Sensitivity>;

export const DataCategory = z
  .object({
    id: DataCategoryId,
    label: LocalizedText,
    description: LocalizedText,
    sensitivity: Sensitivity,
    /** Days a record is kept before the purge job removes it; null = until the person deletes it. */
    defaultRetentionDays: z.number().int().positive().nullable(),
    /** Whether the category describes behaviour (used by the "limited" mode, which keeps only stated data). */
    behavioural: z.boolean(),
    /** The closest W3C DPV personal-data category. */
    dpvCategory: z.string().regex(/^pd:[A-Za-z]+$/),
  })
  .strict();
export type DataCategory = z.infer<typeof DataCategory>;

/** Parsed once at load so that a mistake in the registry fails every test, not a user. */
export const DATA_CATEGORIES: ReadonlyMap<DataCategoryId, DataCategory> = new Map(
  DATA_CATEGORY_REGISTRY.map((category) => [category.id, DataCategory.parse(category)]),
);

export function dataCategory(id: DataCategoryId): DataCategory {
  const category = DATA_CATEGORIES.get(id);
  if (!category) throw new Error(`unknown data category ${id}`); // unreachable: ids are an enum
  return category;
}
