import { AuditActor } from '@verwonder/shared';
import type { VaultStores } from '../storage/vault-storage.ts';

/** How often a site used the pod under one grant (every logged request, refusals included). */
export interface SiteUse {
  clientId: string;
  grantId?: string;
  uses: number;
  /** The time of its newest entry (the vault writes ISO times in UTC, so the text sorts). */
  lastUsedAt: string;
}

/**
 * Each site's use of the pod from the whole audit log, counted in the database: the connected-sites
 * page shows these instead of reading the log itself, which stopped being right past its first pages.
 */
export async function siteUses(db: VaultStores, pod: string): Promise<SiteUse[]> {
  const byGrant = new Map<string, SiteUse>();
  for (const { actor, entries, lastTime } of await db.audit.countsByActor(pod)) {
    const parsed = AuditActor.safeParse(parseJson(actor));
    if (!parsed.success || parsed.data.type !== 'client') continue;
    const { clientId, grantId } = parsed.data;
    // One grant may be stored as more than one text (key order), so merge by what it names.
    const key = JSON.stringify([clientId, grantId ?? null]);
    const use = byGrant.get(key);
    if (!use) byGrant.set(key, { clientId, grantId, uses: entries, lastUsedAt: lastTime });
    else {
      use.uses += entries;
      if (lastTime > use.lastUsedAt) use.lastUsedAt = lastTime;
    }
  }
  return [...byGrant.values()];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
