import { AuditActor } from '@verwonder/shared';
import type { VaultStores } from '../storage/vault-storage.ts';
import { appendAudit, type AuditEvent } from './audit-log.ts';

/** Refusals logged per pod and per client (or per kind of actor) in any minute; the rest are dropped. */
export const REFUSALS_PER_MINUTE = 10;
/** How far back in a pod's log the count looks, so that a flood of refusals costs a bounded read. */
const WINDOW = 1000;

/** Whom a refusal counts against: a client by its id, any other actor by its kind. */
export function refusalKey(actor: AuditActor): string {
  return actor.type === 'client' ? `client ${actor.clientId}` : actor.type;
}

function keyOfRow(actor: string): string | undefined {
  try {
    const parsed = AuditActor.safeParse(JSON.parse(actor));
    return parsed.success ? refusalKey(parsed.data) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Appends a `refused` entry unless this pod already logged `perMinute` refusals of the same client
 * in the last minute. The count is read from the log itself, in the transaction that appends (which
 * holds the pod's chain head, locked in PostgreSQL), so the cap holds across vault processes.
 * Returns whether the entry was written.
 */
export async function logRefusal(
  db: VaultStores,
  pod: string,
  event: Omit<AuditEvent, 'action'>,
  now: Date = new Date(),
  perMinute: number = REFUSALS_PER_MINUTE,
): Promise<boolean> {
  const key = refusalKey(event.actor);
  return db.transaction(async (tx) => {
    const head = await tx.audit.head(pod);
    // A pod without a log has no owner to tell: nothing to record.
    if (!head) return false;
    const since = new Date(now.getTime() - 60_000).toISOString();
    const recent = await tx.audit.recent(pod, 'refused', since, head.seq, WINDOW);
    if (recent.filter((row) => keyOfRow(row.actor) === key).length >= perMinute) return false;
    await appendAudit(tx, pod, { ...event, action: 'refused' }, now);
    return true;
  });
}
