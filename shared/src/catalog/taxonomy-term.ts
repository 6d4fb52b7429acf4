import { z } from 'zod';
import { LocalizedText } from '../model/localized-text.ts';

/** The two UiTdatabank taxonomy domains the catalogue uses (facilities are left out). */
export const TaxonomyDomain = z.enum(['eventtype', 'theme']);
export type TaxonomyDomain = z.infer<typeof TaxonomyDomain>;

/** A UiTdatabank term, e.g. Concert `0.50.4.0.0` or Klassieke muziek `1.8.1.0.0`. */
export const TaxonomyTerm = z.object({
  id: z.string().min(1),
  domain: TaxonomyDomain,
  label: LocalizedText,
});
export type TaxonomyTerm = z.infer<typeof TaxonomyTerm>;

export const ThemeTerm = TaxonomyTerm.extend({ domain: z.literal('theme') });
export type ThemeTerm = z.infer<typeof ThemeTerm>;

export const EventTypeTerm = TaxonomyTerm.extend({ domain: z.literal('eventtype') });
export type EventTypeTerm = z.infer<typeof EventTypeTerm>;
