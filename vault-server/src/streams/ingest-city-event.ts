import { CITY_SOURCE_INFO, CityEvent } from '@verwonder/shared/wire/city-event.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { insertRecord } from '../resources/record-service.ts';
import { isPastRetention, retentionCutOff } from '../resources/retention-cut-off.ts';
import { isUniqueViolation } from '../storage/sql-driver.ts';
import type { VaultContext } from '../vault-context.ts';
import { eventIdempotencyKey, eventToRecord } from './event-to-record.ts';

/** Larger messages are not events of ours; refusing them before JSON.parse bounds the work. */
export const MAX_EVENT_BYTES = 64 * 1024;

export type IngestOutcome =
  | { kind: 'stored'; pod: string; recordId: string }
  /** Already in the pod (a redelivery after a crash between commit and ack). */
  | { kind: 'duplicate'; pod: string }
  /**
   * Acked with nothing stored, not even that it came: nobody connected this person at this source,
   * or the event is older than the pod's retention for its category (the API would refuse it).
   */
  | { kind: 'ignored'; reason: IgnoredReason }
  | { kind: 'dead-letter'; reason: string };

export type IgnoredReason = 'not-connected' | 'past-retention';

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

const NOT_CONNECTED = { kind: 'ignored', reason: 'not-connected' } as const;
const PAST_RETENTION = { kind: 'ignored', reason: 'past-retention' } as const;

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
  if (!pod) return NOT_CONNECTED;
  let record;
  try {
    record = eventToRecord(event);
  } catch {
    return { kind: 'dead-letter', reason: 'schema: not a valid pod record' };
  }
  // A valid event, only too old: acked like one nobody connected, never a dead letter. Looked at
  // again in the transaction, for the pod that holds the number then.
  if (isPastRetention(record.time, await retentionCutOff(ctx.storage, pod, record.category)))
    return PAST_RETENTION;
  const key = eventIdempotencyKey(event);
  if (await ctx.storage.records.byIdempotencyKey(pod, record.category, key))
    return { kind: 'duplicate', pod };
  let target = pod;
  try {
    return await ctx.storage.transaction(async (tx): Promise<IngestOutcome> => {
      const holder = await tx.connectedSources.lockPodFor(event.source, event.subject);
      if (!holder) return NOT_CONNECTED;
      target = holder;
      if (isPastRetention(record.time, await retentionCutOff(tx, holder, record.category)))
        return PAST_RETENTION;
      const result = await insertRecord(ctx, tx, holder, record, key);
      await appendAudit(tx, holder, {
        actor: { type: 'client', clientId: CITY_SOURCE_INFO[event.source].clientId },
        action: 'record-created',
        category: record.category,
        recordIds: [result.record.id],
      });
      return { kind: 'stored', pod: holder, recordId: result.record.id };
    });
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
