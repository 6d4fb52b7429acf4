import { z } from 'zod';
import { ITEM_KINDS } from '../wire/vocabulary.ts';
import { Medium } from './medium.ts';

/**
 * What a record says about the item it refers to. A snapshot, not a foreign key: a pod must stay
 * meaningful when the catalogue changes or the item came from outside it (another library's export).
 */
export const ItemRef = z
  .object({
    /** Catalogue id (e.g. `book-42`, `act-01234`) or the source's own identifier. */
    id: z.string().min(1).max(200),
    title: z.string().min(1).max(500),
    kind: z.enum(ITEM_KINDS),
    medium: Medium.optional(),
    /** UiTdatabank term ids (event type and themes). */
    termIds: z.array(z.string().min(1).max(64)).max(50).default([]),
    genres: z.array(z.string().min(1).max(64)).max(50).default([]),
    authors: z.array(z.string().min(1).max(200)).max(50).default([]),
    venueId: z.string().min(1).max(200).optional(),
    url: z.url().max(2000).optional(),
  })
  .strict();
export type ItemRef = z.infer<typeof ItemRef>;
export type ItemRefInput = z.input<typeof ItemRef>;
