import { z } from 'zod';
import { catalogItemBaseShape } from './catalog-item-base.ts';

/** A library book; the data come from goodbooks-10k (CC BY-SA 4.0). */
export const Book = z.object({
  ...catalogItemBaseShape,
  id: z.string().regex(/^book-\d+$/, 'book ids look like book-123'),
  kind: z.literal('book'),
  schemaType: z.literal('Book'),
  medium: z.literal('read'),
  authors: z.array(z.string().min(1)).min(1),
  /**
   * The title the work first appeared under (goodbooks' `original_title`), where it says more than
   * `title`: "Het Achterhuis" for The Diary of a Young Girl. Searched, not shown.
   */
  originalTitle: z.string().min(1).optional(),
  year: z.number().int().min(-3000).max(2100).optional(),
  language: z.string().min(2).optional(),
  isbn: z
    .string()
    .regex(/^[0-9X]{9,13}$/)
    .optional(),
  /** Cover image address, kept as data; pages decide whether to load it. */
  coverUrl: z.url().optional(),
  averageRating: z.number().min(0).max(5).optional(),
  ratingsCount: z.number().int().nonnegative(),
});
export type Book = z.infer<typeof Book>;
