/**
 * When a suggestion counts as converted: a loan, ticket or visit of the same item within 14 days
 * after it was shown. One definition for the vault's attribution and the extension's question after
 * a conversion. Zod-free, so the extension can bundle it.
 */

/** A conversion counts when the loan, ticket or visit follows the first impression within this window. */
export const CONVERSION_WINDOW_DAYS = 14;
const WINDOW_MS = CONVERSION_WINDOW_DAYS * 86_400_000;

export const CONVERSION_CATEGORIES = ['loans', 'tickets', 'visits'] as const;
export type ConversionCategory = (typeof CONVERSION_CATEGORIES)[number];

/** What a conversion needs of a record: its category, the item it is about and when. */
export interface ConversionCandidate {
  category: string;
  itemId?: string | undefined;
  time?: string | undefined;
  /** A loan's action: a return is no conversion. */
  action?: string | undefined;
}

export function isConversionCategory(category: string): category is ConversionCategory {
  return (CONVERSION_CATEGORIES as readonly string[]).includes(category);
}

/** A loan (not its return), a ticket or a visit. */
export function isConversion(record: ConversionCandidate): boolean {
  if (!isConversionCategory(record.category)) return false;
  return record.category !== 'loans' || record.action !== 'returned';
}

/** Whether `convertedAt` falls in the window after `shownAt` (instants, whatever their offsets). */
export function withinConversionWindow(shownAt: string, convertedAt: string): boolean {
  const shown = Date.parse(shownAt);
  const converted = Date.parse(convertedAt);
  if (Number.isNaN(shown) || Number.isNaN(converted)) return false;
  return converted >= shown && converted - shown <= WINDOW_MS;
}

/** The earliest conversion of `itemId` within the window after `shownAt`, if any. */
export function findConversion<T extends ConversionCandidate>(
  itemId: string,
  shownAt: string,
  records: readonly T[],
): T | undefined {
  let first: T | undefined;
  for (const record of records) {
    if (record.itemId !== itemId || !record.time || !isConversion(record)) continue;
    if (!withinConversionWindow(shownAt, record.time)) continue;
    if (!first || Date.parse(record.time) < Date.parse(first.time!)) first = record;
  }
  return first;
}
