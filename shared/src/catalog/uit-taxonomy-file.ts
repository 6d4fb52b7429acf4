import { z } from 'zod';
import { TaxonomyTerm } from './taxonomy-term.ts';

/** Where a term may be used in UiTdatabank: on events, on places, or both. */
export const TaxonomyScope = z.enum(['events', 'places']);
export type TaxonomyScope = z.infer<typeof TaxonomyScope>;

/** One entry of the committed extract; event types keep their suggested themes. */
export const UitTaxonomyEntry = TaxonomyTerm.extend({
  scope: z.array(TaxonomyScope).min(1),
  suggestedThemeIds: z.array(z.string().min(1)),
});
export type UitTaxonomyEntry = z.infer<typeof UitTaxonomyEntry>;

/** Shape of shared/catalog-data/uit-taxonomy.json. */
export const UitTaxonomyFile = z.object({
  source: z.string().min(1),
  terms: z.array(UitTaxonomyEntry).min(1),
});
export type UitTaxonomyFile = z.infer<typeof UitTaxonomyFile>;
