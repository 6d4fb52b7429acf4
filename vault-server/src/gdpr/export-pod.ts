import {
  CulturalRecord,
  DATA_CATEGORY_IDS,
  JSON_LD_TYPES,
  VERWONDER_CONTEXT,
  type AuditEntry,
} from '@verwonder/shared';
import { appendAudit, OWNER, readAudit } from '../audit/audit-log.ts';
import { webIdOf } from '../auth/passkey-ceremonies.ts';
import { podUrl, recordNode } from '../resources/json-ld-views.ts';
import { retentionCutOffs } from '../resources/retention-cut-off.ts';
import type { Account } from '../storage/stores/accounts-store.ts';
import type { VaultContext } from '../vault-context.ts';
import { retentionOf } from './retention.ts';

export const EXPORT_TYPE = 'PodExport';

/**
 * The whole pod as one JSON-LD document (GDPR Art. 20): every record decrypted, the consent grants,
 * the retention choices, the categories kept out of personalisation and the audit log. The export itself is logged first, so it appears in it.
 */
export async function exportPod(
  ctx: VaultContext,
  account: Account,
): Promise<Record<string, unknown>> {
  const pod = account.podName;
  await appendAudit(ctx.storage, pod, { actor: OWNER, action: 'export' });
  const base = ctx.config.publicUrl;
  const records: Record<string, unknown[]> = {};
  // Records past retention are gone for every reader, the export too, before the purge has run.
  const cutOffs = await retentionCutOffs(ctx.storage, pod);
  for (const category of DATA_CATEGORY_IDS) {
    const nodes: unknown[] = [];
    const from = cutOffs[category] ?? undefined;
    let after: { time: string; id: string } | undefined;
    for (;;) {
      const page = await ctx.storage.records.list(pod, category, { from, after, limit: 500 });
      for (const stored of page)
        nodes.push(
          recordNode(base, pod, CulturalRecord.parse(await ctx.sealer.open(ctx.storage, stored))),
        );
      const last = page.at(-1);
      if (!last || page.length < 500) break;
      after = { time: last.time, id: last.id };
    }
    if (nodes.length > 0) records[category] = nodes;
  }
  const auditLog: AuditEntry[] = [];
  for (let after = -1; ;) {
    const page = await readAudit(ctx.storage, pod, after, 1000);
    auditLog.push(...page);
    const last = page.at(-1);
    if (!last) break;
    after = last.seq;
  }
  const sections: Record<string, unknown> = {};
  for (const [name, read] of ctx.exportSections) sections[name] = await read(pod);
  const consents = (await ctx.storage.consents.list(pod)).map(
    (json) => JSON.parse(json) as unknown,
  );
  return {
    '@context': VERWONDER_CONTEXT,
    '@id': podUrl(base, pod),
    '@type': EXPORT_TYPE,
    webId: webIdOf(ctx, pod),
    displayName: account.displayName,
    exportedAt: new Date().toISOString(),
    records,
    consents: consents.map((grant) => ({ '@type': JSON_LD_TYPES.grant, ...(grant as object) })),
    retention: await retentionOf(ctx.storage, pod),
    personalisationOff: [...(await ctx.storage.personalisation.offCategories(pod))],
    // Kept, not restored: a source's number belongs to one pod, grants to the clients of this WebID.
    connectedSources: await ctx.storage.connectedSources.list(pod),
    ...sections,
    auditLog: auditLog.map((entry) => ({ '@type': JSON_LD_TYPES.audit, ...entry })),
  };
}
