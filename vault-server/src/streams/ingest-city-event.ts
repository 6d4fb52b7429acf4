import { CITY_SOURCE_INFO, CityEvent } from '@verwonder/shared/wire/city-event.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { insertRecord } from '../resources/record-service.ts';
import { isUniqueViolation } from '../storage/sql-driver.ts';
import type { VaultContext } from '../vault-context.ts';
import { eventIdempotencyKey, eventToRecord } from './event-to-record.ts';

/** Larger messages are not events of ours; refusing them before JSON.parse bounds the work. */
export const MAX_EVENT_BYTES = 64 * 1024;

export type IngestOutcome =
  | { kind: 'stored'; pod: string; recordId: string }
  /** Already in the pod (a redelivery after a crash between commit and ack). */
  | { kind: 'duplicate'; pod: string }
  /** Nobody connected this person at this source: nothing is stored, not even that it came. */
  | { kind: 'ignored' }
  | { kind: 'dead-letter'; reason: string };

/** Parses one message as hostile input; anything it cannot use is a dead letter with the reason. */
export function parseCityEvent(
  bytes: Uint8Array,
): { ok: true; event: CityEvent } | { ok: false; reason: string } {
  if (bytes.length > MAX_EVENT_BYTES)
    return { ok: false, reason: `too large: ${bytes.length} bytes (at most ${MAX_EVENT_BYTES})` };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: 'invalid JSON' };
  }
  const parsed = CityEvent.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return { ok: false, reason: `schema: ${issues.join('; ')}`.slice(0, 500) };
  }
  return { ok: true, event: parsed.data };
}

/**
 * Writes one event into the pod of the person who connected its source, exactly once: the record
 * carries the event id as its idempotency key, whose unique index makes a redelivered event a no-op
 * even when two consumers race. Storage errors are thrown (the caller redelivers later).
 */
export async function ingestCityEvent(
  ctx: VaultContext,
  bytes: Uint8Array,
): Promise<IngestOutcome> {
  const parsed = parseCityEvent(bytes);
  if (!parsed.ok) return { kind: 'dead-letter', reason: parsed.reason };
  const { event } = parsed;
  // A cheap first look; the transaction below looks again, since the owner may disconnect (or the
  // number move to another pod) before the insert.
  const pod = await ctx.storage.connectedSources.podFor(event.source, event.subject);
  if (!pod) return { kind: 'ignored' };
  let record;
  try {
    record = eventToRecord(event);
  } catch {
    return { kind: 'dead-letter', reason: 'schema: not a valid pod record' };
  }
  const key = eventIdempotencyKey(event);
  if (await ctx.storage.records.byIdempotencyKey(pod, record.category, key))
    return { kind: 'duplicate', pod };
  let target = pod;
  try {
    const stored = await ctx.storage.transaction(async (tx) => {
      const holder = await tx.connectedSources.lockPodFor(event.source, event.subject);
      if (!holder) return undefined;
      target = holder;
      const result = await insertRecord(ctx, tx, holder, record, key);
      await appendAudit(tx, holder, {
        actor: { type: 'client', clientId: CITY_SOURCE_INFO[event.source].clientId },
        action: 'record-created',
        category: record.category,
        recordIds: [result.record.id],
      });
      return result.record;
    });
    if (!stored) return { kind: 'ignored' };
    return { kind: 'stored', pod: target, recordId: stored.id };
  } catch (error) {
    // Only the record's own key makes it a duplicate; another clash (two consumers moving the same
    // audit chain) is retried by redelivery.
    if (
      isUniqueViolation(error) &&
      (await ctx.storage.records.byIdempotencyKey(target, record.category, key))
    )
      return { kind: 'duplicate', pod: target };
    throw error;
  }
}
