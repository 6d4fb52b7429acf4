import type { CulturalRecord, DataCategoryId } from '@verwonder/shared';
import { listRecords, type Access } from '../../resources/record-service.ts';
import type { VaultContext } from '../../vault-context.ts';
import { attribute, type SuggestionAttribution } from '../attribution.ts';
import type { InstitutionMap } from '../institution-of.ts';

const CATEGORIES: readonly DataCategoryId[] = ['feedback', 'loans', 'tickets', 'visits'];

/** Reads the pod's feedback, loans, tickets and visits (audited as reads) and links them per suggestion. */
export async function podAttribution(
  ctx: VaultContext,
  pod: string,
  access: Access,
  origins: InstitutionMap = {},
): Promise<SuggestionAttribution[]> {
  const records: CulturalRecord[] = [];
  for (const category of CATEGORIES) {
    let cursor: string | undefined;
    do {
      const page = await listRecords(ctx, pod, category, { cursor, limit: 1000 }, access);
      records.push(...page.items.map((item) => item.record));
      cursor = page.next;
    } while (cursor);
  }
  return attribute(records, origins);
}
