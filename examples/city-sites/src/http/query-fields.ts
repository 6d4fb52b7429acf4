import { z } from 'zod';

/** Reusable query-string fields with Dutch messages; a repeated parameter (array) is rejected. */
export const searchText = z
  .string({ error: 'Geef één zoekterm op.' })
  .trim()
  .max(200, { error: 'De zoekterm is te lang (maximaal 200 tekens).' })
  .optional()
  .transform((s) => (s ? s : undefined));

export const pageNumber = z
  .string({ error: 'Geef één paginanummer op.' })
  .regex(/^\d{1,5}$/, { error: 'Het paginanummer moet een positief geheel getal zijn.' })
  .transform(Number)
  .refine((n) => n >= 1, { error: 'Het paginanummer begint bij 1.' })
  .optional()
  .transform((n) => n ?? 1);

export const isoDate = z
  .string({ error: 'Geef één datum op.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Gebruik een datum in de vorm JJJJ-MM-DD.' })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      error: 'Deze datum bestaat niet.',
    },
  );

export function optionalId(label: string) {
  return z
    .string({ error: `Kies één ${label}.` })
    .max(100, { error: `Onbekende ${label}.` })
    .optional()
    .transform((s) => (s ? s : undefined));
}

/** An optional YYYY-MM-DD parameter; an empty value (from an empty date input) means "not set". */
export const optionalIsoDate = z
  .string({ error: 'Geef één datum op.' })
  .optional()
  .transform((s) => (s ? s : undefined))
  .pipe(isoDate.optional());
