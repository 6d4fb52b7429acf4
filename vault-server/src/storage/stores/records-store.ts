import type { FieldBox } from '../vault-storage.ts';
import type { SqlExecutor, SqlRow, SqlValue } from '../sql-driver.ts';
import { buf, num, optStr, str } from './row.ts';

/** A record as stored: only the id, category and time are in the clear (for listing and retention). */
export interface StoredRecord {
  pod: string;
  id: string;
  category: string;
  time: string;
  keyVersion: number;
  nonce: Buffer;
  ciphertext: Buffer;
  etag: string;
  /**
   * Given in clear on insert; stored (and read back) as a keyed hash scoped to the pod and category.
   * The key itself is part of the sealed record body.
   */
  idempotencyKey: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RecordQuery {
  /** Inclusive lower bound on `time` (ISO UTC). */
  from?: string | undefined;
  /** Exclusive upper bound on `time`. */
  to?: string | undefined;
  /** Keyset cursor: records strictly after this (time, id) in the order asked for. */
  after?: { time: string; id: string } | undefined;
  /** Newest first (a person's pages); oldest first otherwise (a client syncing). */
  newestFirst?: boolean | undefined;
  limit: number;
}

/** What the next retention purge removes from a category and when the one after that starts. */
export interface PurgePlan {
  /** Records older than the cut-off: still stored, gone at the next purge. */
  due: number;
  /** The time of the oldest record the cut-off keeps, or null when it keeps none. */
  oldestKept: string | null;
}

const toRecord = (row: SqlRow): StoredRecord => ({
  pod: str(row, 'pod'),
  id: str(row, 'id'),
  category: str(row, 'category'),
  time: str(row, 'time'),
  keyVersion: num(row, 'key_version'),
  nonce: buf(row, 'nonce'),
  ciphertext: buf(row, 'ciphertext'),
  etag: str(row, 'etag'),
  idempotencyKey: optStr(row, 'idempotency_key'),
  createdAt: str(row, 'created_at'),
  updatedAt: str(row, 'updated_at'),
});

const idempotencyContext = (pod: string, category: string): string =>
  `idempotency|${pod}|${category}`;

export function recordsStore(db: SqlExecutor, box: FieldBox) {
  return {
    async insert(record: StoredRecord): Promise<void> {
      await db.run(
        `INSERT INTO records (pod, id, category, time, key_version, nonce, ciphertext, etag, idempotency_key, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          record.pod,
          record.id,
          record.category,
          record.time,
          record.keyVersion,
          record.nonce,
          record.ciphertext,
          record.etag,
          record.idempotencyKey === null
            ? null
            : box.fields.digest(
                idempotencyContext(record.pod, record.category),
                record.idempotencyKey,
              ),
          record.createdAt,
          record.updatedAt,
        ],
      );
    },
    async get(pod: string, category: string, id: string): Promise<StoredRecord | undefined> {
      const [row] = await db.all(
        'SELECT * FROM records WHERE pod = ? AND category = ? AND id = ?',
        [pod, category, id],
      );
      return row ? toRecord(row) : undefined;
    },
    /**
     * The record with its pod's retention choice for the category (`chosenDays`: `undefined` when none
     * was made, `null` for "keep until deleted"), read in one statement: every read checks both, and a
     * choice changed by any process holds for the very next read.
     */
    async getWithRetention(
      pod: string,
      category: string,
      id: string,
    ): Promise<{ record: StoredRecord; chosenDays: number | null | undefined } | undefined> {
      const [row] = await db.all(
        `SELECT r.*, t.category AS retention_category, t.days AS retention_days
         FROM records r LEFT JOIN retention t ON t.pod = r.pod AND t.category = r.category
         WHERE r.pod = ? AND r.category = ? AND r.id = ?`,
        [pod, category, id],
      );
      if (!row) return undefined;
      const chosen = row.retention_category !== null && row.retention_category !== undefined;
      const days = row.retention_days;
      return {
        record: toRecord(row),
        chosenDays: !chosen ? undefined : days === null || days === undefined ? null : Number(days),
      };
    },
    async byIdempotencyKey(
      pod: string,
      category: string,
      key: string,
    ): Promise<StoredRecord | undefined> {
      // During a master-key rotation a key may be stored under either master key's hash.
      const digests = box.fields.digests(idempotencyContext(pod, category), key);
      const [row] = await db.all(
        `SELECT * FROM records WHERE pod = ? AND category = ? AND idempotency_key IN (${digests.map(() => '?').join(', ')})`,
        [pod, category, ...digests],
      );
      return row ? toRecord(row) : undefined;
    },
    async list(pod: string, category: string, query: RecordQuery): Promise<StoredRecord[]> {
      const where = ['pod = ?', 'category = ?'];
      const params: SqlValue[] = [pod, category];
      if (query.from) {
        where.push('time >= ?');
        params.push(query.from);
      }
      if (query.to) {
        where.push('time < ?');
        params.push(query.to);
      }
      const [beyond, order] = query.newestFirst ? ['<', 'DESC'] : ['>', 'ASC'];
      if (query.after) {
        where.push(`(time ${beyond} ? OR (time = ? AND id ${beyond} ?))`);
        params.push(query.after.time, query.after.time, query.after.id);
      }
      params.push(query.limit);
      const rows = await db.all(
        `SELECT * FROM records WHERE ${where.join(' AND ')} ORDER BY time ${order}, id ${order} LIMIT ?`,
        params,
      );
      return rows.map(toRecord);
    },
    /** One aggregate over the category's clear times, so no record is opened to plan the purge. */
    async purgePlan(pod: string, category: string, cutOff: string | null): Promise<PurgePlan> {
      const [row] = await db.all(
        `SELECT COUNT(CASE WHEN time < ? THEN 1 END) AS due, MIN(CASE WHEN time >= ? THEN time END) AS oldest
         FROM records WHERE pod = ? AND category = ?`,
        [cutOff ?? '', cutOff ?? '', pod, category],
      );
      return {
        due: row ? num(row, 'due') : 0,
        oldestKept: row ? optStr(row, 'oldest') : null,
      };
    },
    async withKeyVersionBelow(
      pod: string,
      category: string,
      version: number,
      limit: number,
    ): Promise<StoredRecord[]> {
      const rows = await db.all(
        'SELECT * FROM records WHERE pod = ? AND category = ? AND key_version < ? ORDER BY id LIMIT ?',
        [pod, category, version, limit],
      );
      return rows.map(toRecord);
    },
    /** Replaces the encrypted body only when the stored ETag still matches (optimistic concurrency). */
    async replace(record: StoredRecord, expectedEtag: string): Promise<boolean> {
      const changed = await db.run(
        `UPDATE records SET time = ?, key_version = ?, nonce = ?, ciphertext = ?, etag = ?, updated_at = ?
         WHERE pod = ? AND category = ? AND id = ? AND etag = ?`,
        [
          record.time,
          record.keyVersion,
          record.nonce,
          record.ciphertext,
          record.etag,
          record.updatedAt,
          record.pod,
          record.category,
          record.id,
          expectedEtag,
        ],
      );
      return changed > 0;
    },
    async delete(pod: string, category: string, id: string): Promise<boolean> {
      return (
        (await db.run('DELETE FROM records WHERE pod = ? AND category = ? AND id = ?', [
          pod,
          category,
          id,
        ])) > 0
      );
    },
    async deleteCategory(pod: string, category: string): Promise<number> {
      return db.run('DELETE FROM records WHERE pod = ? AND category = ?', [pod, category]);
    },
    async deleteAll(pod: string): Promise<number> {
      const count = await db.run('DELETE FROM records WHERE pod = ?', [pod]);
      // After the delete, whose trigger moved them: nothing naming the pod stays.
      await db.run('DELETE FROM record_changes WHERE pod = ?', [pod]);
      return count;
    },
    /**
     * The category's version (`record_changes`, moved by every write to its records), or undefined
     * when it never had any records; as text, since PostgreSQL's BIGINT comes back as text.
     */
    async changeVersion(pod: string, category: string): Promise<string | undefined> {
      const [row] = await db.all(
        'SELECT version FROM record_changes WHERE pod = ? AND category = ?',
        [pod, category],
      );
      return row ? String(row.version) : undefined;
    },
    /** The records of a category with these ids (those that still exist), in no order. */
    async getMany(pod: string, category: string, ids: readonly string[]): Promise<StoredRecord[]> {
      if (ids.length === 0) return [];
      const rows = await db.all(
        `SELECT * FROM records WHERE pod = ? AND category = ? AND id IN (${ids.map(() => '?').join(', ')})`,
        [pod, category, ...ids],
      );
      return rows.map(toRecord);
    },
    /** Removes records older than `before`; returns their ids for the audit log. */
    async deleteOlderThan(pod: string, category: string, before: string): Promise<string[]> {
      const rows = await db.all(
        'SELECT id FROM records WHERE pod = ? AND category = ? AND time < ? ORDER BY time, id',
        [pod, category, before],
      );
      if (rows.length > 0)
        await db.run('DELETE FROM records WHERE pod = ? AND category = ? AND time < ?', [
          pod,
          category,
          before,
        ]);
      return rows.map((row) => str(row, 'id'));
    },
    /**
     * Deletes up to `limit` records of a category older than `before` across pods: pods without a
     * retention choice for the category (`days` undefined) or pods that chose exactly `days`.
     * Returns what went, for the audit log.
     */
    async deleteExpired(
      category: string,
      before: string,
      days: number | undefined,
      limit: number,
    ): Promise<{ pod: string; id: string; time: string }[]> {
      const choice =
        days === undefined
          ? 'NOT EXISTS (SELECT 1 FROM retention t WHERE t.pod = r.pod AND t.category = r.category)'
          : 'EXISTS (SELECT 1 FROM retention t WHERE t.pod = r.pod AND t.category = r.category AND t.days = ?)';
      const rows = await db.all(
        `DELETE FROM records WHERE (pod, id) IN (
           SELECT r.pod, r.id FROM records r WHERE r.category = ? AND r.time < ? AND ${choice}
           ORDER BY r.pod, r.time, r.id LIMIT ?)
         RETURNING pod, id, time`,
        days === undefined ? [category, before, limit] : [category, before, days, limit],
      );
      return rows.map((row) => ({
        pod: str(row, 'pod'),
        id: str(row, 'id'),
        time: str(row, 'time'),
      }));
    },
    /** Replaces idempotency keys stored in clear (before they were hashed) by their keyed hash. */
    async hashPlainIdempotencyKeys(): Promise<number> {
      const rows = await db.all(
        "SELECT pod, id, category, idempotency_key FROM records WHERE idempotency_key IS NOT NULL AND idempotency_key NOT LIKE 'vwi1.%'",
      );
      let changed = 0;
      for (const row of rows) {
        const [pod, category, key] = [
          str(row, 'pod'),
          str(row, 'category'),
          str(row, 'idempotency_key'),
        ];
        const digest = box.fields.digest(idempotencyContext(pod, category), key);
        if (digest === key) continue;
        changed += await db.run('UPDATE records SET idempotency_key = ? WHERE pod = ? AND id = ?', [
          digest,
          pod,
          str(row, 'id'),
        ]);
      }
      return changed;
    },
    /**
     * Records per category of the pod; with `from`, only those at or after their category's time
     * (a category missing or `null` counts all), as reads see them before the purge has run.
     */
    async counts(
      pod: string,
      from: Readonly<Record<string, string | null>> = {},
    ): Promise<Map<string, number>> {
      const bounds = Object.entries(from).filter((entry): entry is [string, string] => !!entry[1]);
      const before = bounds.map(() => '(category = ? AND time < ?)').join(' OR ');
      const rows = await db.all(
        `SELECT category, COUNT(*) AS n FROM records WHERE pod = ?${before ? ` AND NOT (${before})` : ''} GROUP BY category`,
        [pod, ...bounds.flat()],
      );
      return new Map(rows.map((row) => [str(row, 'category'), num(row, 'n')]));
    },
  };
}
