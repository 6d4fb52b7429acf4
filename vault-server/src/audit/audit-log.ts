import { createHash } from 'node:crypto';
import {
  AuditEntry,
  type AuditAction,
  type AuditActor,
  type DataCategoryId,
  type Purpose,
  VerwonderError,
} from '@verwonder/shared';
import { MAX_AUDIT_SEQ } from './audit-query.ts';
import { canonicalJson } from './canonical-json.ts';
import type { AuditFilter, AuditRow } from '../storage/stores/audit-store.ts';
import type { VaultStores } from '../storage/vault-storage.ts';

export interface AuditEvent {
  actor: AuditActor;
  action: AuditAction;
  category?: DataCategoryId | undefined;
  purpose?: Purpose | undefined;
  recordIds?: string[] | undefined;
  detail?: string | undefined;
}

export const OWNER: AuditActor = { type: 'owner' };

/** The hash of an entry covers every field but itself, including the previous entry's hash. */
export function hashEntry(entry: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256').update(canonicalJson(entry)).digest('hex');
}

/** Appends to the pod's chain inside the caller's transaction (or its own). */
export async function appendAudit(
  db: VaultStores,
  pod: string,
  event: AuditEvent,
  now: Date = new Date(),
): Promise<AuditEntry> {
  const [entry] = await appendAuditEntries(db, pod, [{ event, at: now }]);
  return entry!;
}

/** Appends several entries of one pod in order, reading and moving the chain head once. */
export async function appendAuditEntries(
  db: VaultStores,
  pod: string,
  items: readonly { event: AuditEvent; at: Date }[],
): Promise<AuditEntry[]> {
  return db.transaction(async (tx) => {
    const entries = chainEntries(pod, await tx.audit.lockHead(pod), items);
    await tx.audit.append(entries.map(toRow), false);
    return entries;
  });
}

/**
 * Appends the entries of several pods in one transaction with a fixed number of statements (lock
 * the heads in byte order of pod names, create the missing ones, one INSERT, one head UPDATE): a
 * group commit of reads across many pods then costs a handful of round trips to PostgreSQL instead
 * of three per pod. Every transaction that appends to several chains goes through here.
 *
 * A read is logged a moment after its records were read, so its account may have been erased in
 * between: a pod without a head gets one only while its account exists (share-locked, after the
 * heads, so an erasure waits for this batch or this batch sees the account gone); the entries of a
 * pod that is gone are dropped, as the erasure would have deleted them, instead of starting a log
 * that the next person to take the pod name would read.
 */
export async function appendAuditBatch(
  db: VaultStores,
  byPod: ReadonlyMap<string, readonly { event: AuditEvent; at: Date }[]>,
): Promise<void> {
  const pods = [...byPod.keys()].sort();
  await db.transaction(async (tx) => {
    const heads = await tx.audit.lockHeads(pods);
    const missing = pods.filter((pod) => !heads.has(pod));
    const owned = missing.length > 0 ? await tx.accounts.lockPodNames(missing) : new Set<string>();
    if (owned.size > 0) {
      const created = missing.filter((pod) => owned.has(pod));
      await tx.audit.createHeads(created);
      for (const [pod, head] of await tx.audit.lockHeads(created)) heads.set(pod, head);
    }
    const rows = pods.flatMap((pod) => {
      const head = heads.get(pod);
      if (!head && !owned.has(pod)) return [];
      if (!head) throw new VerwonderError('storage_error', `audit head of ${pod} vanished`);
      return chainEntries(pod, head, byPod.get(pod)!).map(toRow);
    });
    await tx.audit.appendChains(rows);
  });
}

/** The pod's next entries after its head, each hashing the one before. */
function chainEntries(
  pod: string,
  head: { seq: number; hash: string },
  items: readonly { event: AuditEvent; at: Date }[],
): AuditEntry[] {
  let seq = head.seq + 1;
  let prevHash = head.hash;
  return items.map(({ event, at }) => {
    const unhashed: Omit<AuditEntry, 'hash'> = {
      podId: pod,
      seq,
      time: at.toISOString(),
      actor: event.actor,
      action: event.action,
      category: event.category,
      purpose: event.purpose,
      recordIds: event.recordIds?.slice(0, 1000),
      detail: event.detail?.slice(0, 500),
      prevHash,
    };
    const entry: AuditEntry = { ...unhashed, hash: hashEntry(unhashed) };
    seq += 1;
    prevHash = entry.hash;
    return entry;
  });
}

export function toRow(entry: AuditEntry): AuditRow {
  return {
    pod: entry.podId,
    seq: entry.seq,
    time: entry.time,
    actor: JSON.stringify(entry.actor),
    action: entry.action,
    category: entry.category ?? null,
    purpose: entry.purpose ?? null,
    recordIds: entry.recordIds ? JSON.stringify(entry.recordIds) : null,
    detail: entry.detail ?? null,
    prevHash: entry.prevHash,
    hash: entry.hash,
  };
}

/** Parses a stored row; a row that no longer parses is reported by the verifier, not thrown here. */
export function fromRow(row: AuditRow): AuditEntry | undefined {
  let actor: unknown;
  let recordIds: unknown;
  try {
    actor = JSON.parse(row.actor);
    recordIds = row.recordIds === null ? undefined : JSON.parse(row.recordIds);
  } catch {
    return undefined;
  }
  const parsed = AuditEntry.safeParse({
    podId: row.pod,
    seq: row.seq,
    time: row.time,
    actor,
    action: row.action,
    category: row.category ?? undefined,
    purpose: row.purpose ?? undefined,
    recordIds,
    detail: row.detail ?? undefined,
    prevHash: row.prevHash,
    hash: row.hash,
  });
  return parsed.success ? parsed.data : undefined;
}

export async function readAudit(
  db: VaultStores,
  pod: string,
  afterSeq: number,
  limit: number,
  filter?: AuditFilter,
): Promise<AuditEntry[]> {
  const rows = await db.audit.page(pod, afterSeq, limit, filter);
  return rows.flatMap((row) => fromRow(row) ?? []);
}

/** The pod's entries before `beforeSeq` (or its newest), newest first. */
export async function readAuditNewestFirst(
  db: VaultStores,
  pod: string,
  beforeSeq: number | undefined,
  limit: number,
  filter?: AuditFilter,
): Promise<AuditEntry[]> {
  const rows = await db.audit.pageNewestFirst(
    pod,
    beforeSeq === undefined ? MAX_AUDIT_SEQ : beforeSeq - 1,
    limit,
    filter,
  );
  return rows.flatMap((row) => fromRow(row) ?? []);
}
