/**
 * `GET /pods/{pod}/dna`: coarse, derived interests (weighted themes, genres, media and the
 * categories they came from), never records. zod/mini, so any client can bundle it.
 */
import { array, enum as enumOf, number, object, string, type infer as Infer } from 'zod/mini';
import { DATA_CATEGORY_IDS } from '../model/data-category-registry.ts';
import { MEDIA } from './vocabulary.ts';

export const DnaProfile = object({
  themes: array(object({ id: string(), weight: number() })),
  genres: array(object({ id: string(), weight: number() })),
  media: array(object({ id: enumOf(MEDIA), weight: number() })),
  /** The categories that had records, not how many. */
  basedOn: array(enumOf(DATA_CATEGORY_IDS)),
});
export type DnaProfile = Infer<typeof DnaProfile>;

export const DnaResponse = object({
  ...DnaProfile.def.shape,
  webId: string(),
  generatedAt: string(),
});
export type DnaResponse = Infer<typeof DnaResponse>;
