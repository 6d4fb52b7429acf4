import type { CulturalRecord } from '../../model/cultural-record.ts';
import type { DataCategoryId } from '../../model/data-category.ts';

/**
 * Step 1, the consent mask: only records of allowed categories go on. It runs before anything is
 * derived, so the ranking cannot depend on a masked record in any way.
 */
export function allowedRecords(
  history: readonly CulturalRecord[],
  consentMask: Iterable<DataCategoryId>,
): CulturalRecord[] {
  const allowed = new Set(consentMask);
  return history.filter((record) => allowed.has(record.category));
}
