import { AUDIT_GENESIS_HASH, VerwonderError } from '@verwonder/shared';
import {
  byteOrder,
  type Dialect,
  type SqlExecutor,
  type SqlRow,
  type SqlValue,
} from '../sql-driver.ts';
import { auditSiteSql } from './audit-site-sql.ts';
import { num, optStr, str } from './row.ts';

/** An audit entry as stored; `actor` and `recordIds` are JSON text. */
export interface AuditRow {
  pod: string;
  seq: number;
  time: string;
  actor: string;
  action: string;
  category: string | null;
  purpose: string | null;
  recordIds: string | null;
  detail: string | null;
  prevHash: string;
  hash: string;
}

/**
 * What the owner's audit page filters on, answered by the database (all optional, all must hold).
 * Each has an index that reads its entries newest first (migration 10), so a filter reads the
 * entries it matches, not the pod's whole log; of several, the database reads by one of them.
 */
export interface AuditFilter {
  /** A site's client id, or `owner`, `system`, `account` (`auditSiteSql`). */
  site?: string | undefined;
  category?: string | undefined;
  action?: string | undefined;
  /** Inclusive lower bound on `time` (ISO text: a date compares as that day's start). */
  fromTime?: string | undefined;
  /** Exclusive upper bound on `time`. */
  beforeTime?: string | undefined;
}

/** The filter as SQL after `pod = ?`, each part as its index (migration 10) has it. */
function filterSql(dialect: Dialect, filter: AuditFilter = {}): [string, SqlValue[]] {
  const parts: [string, string | undefined][] = [
    [`${auditSiteSql(dialect)} = ?`, filter.site],
    ['category = ?', filter.category],
    ['action = ?', filter.action],
    ['time >= ?', filter.fromTime],
    ['time < ?', filter.beforeTime],
  ];
  const used = parts.filter((part): part is [string, string] => part[1] !== undefined);
  return [used.map(([sql]) => ` AND ${sql}`).join(''), used.map(([, value]) => value)];
}

const toAuditRow = (row: SqlRow): AuditRow => ({
  pod: str(row, 'pod'),
  seq: num(row, 'seq'),
  time: str(row, 'time'),
  actor: str(row, 'actor'),
  action: str(row, 'action'),
  category: optStr(row, 'category'),
  purpose: optStr(row, 'purpose'),
  recordIds: optStr(row, 'record_ids'),
  detail: optStr(row, 'detail'),
  prevHash: str(row, 'prev_hash'),
  hash: str(row, 'hash'),
});

export function auditStore(db: SqlExecutor) {
  const insertRows = async (entries: readonly AuditRow[]): Promise<void> => {
    const placeholders = entries.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
    await db.run(
      `INSERT INTO audit_log (pod, seq, time, actor, action, category, purpose, record_ids, detail, prev_hash, hash) VALUES ${placeholders}`,
      entries.flatMap((e) => [
        e.pod,
        e.seq,
        e.time,
        e.actor,
        e.action,
        e.category,
        e.purpose,
        e.recordIds,
        e.detail,
        e.prevHash,
        e.hash,
      ]),
    );
    await countUses(entries);
  };
  /**
   * Adds the entries to the per-actor counts in the same transaction as the append, so every
   * process's appends count and a rolled-back append counts nothing. One row per (pod, actor) per
   * statement (PostgreSQL updates a row once per statement), in byte order like the heads.
   */
  const countUses = async (entries: readonly AuditRow[]): Promise<void> => {
    const uses = new Map<string, { pod: string; actor: string; entries: number; last: string }>();
    for (const e of entries) {
      const key = JSON.stringify([e.pod, e.actor]);
      const use = uses.get(key);
      if (!use) uses.set(key, { pod: e.pod, actor: e.actor, entries: 1, last: e.time });
      else {
        use.entries += 1;
        if (e.time > use.last) use.last = e.time;
      }
    }
    const rows = [...uses.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    await db.run(
      `INSERT INTO audit_uses (pod, actor, entries, last_time) VALUES ${rows.map(() => '(?, ?, ?, ?)').join(', ')}
       ON CONFLICT (pod, actor) DO UPDATE SET entries = audit_uses.entries + excluded.entries,
         last_time = CASE WHEN excluded.last_time > audit_uses.last_time THEN excluded.last_time ELSE audit_uses.last_time END`,
      rows.flatMap(([, use]) => [use.pod, use.actor, use.entries, use.last]),
    );
  };
  return {
    /** The chain head, locked for the rest of the transaction in PostgreSQL so appends serialise. */
    async head(pod: string): Promise<{ seq: number; hash: string } | undefined> {
      const lock = db.dialect === 'postgres' ? ' FOR UPDATE' : '';
      const [row] = await db.all(`SELECT seq, hash FROM audit_heads WHERE pod = ?${lock}`, [pod]);
      return row ? { seq: num(row, 'seq'), hash: str(row, 'hash') } : undefined;
    },
    /**
     * The head to append after, created empty (seq -1, the genesis hash) when the pod has none yet, so
     * that two processes starting the same chain wait on one row instead of both inserting it.
     */
    async lockHead(pod: string): Promise<{ seq: number; hash: string }> {
      const found = await this.head(pod);
      if (found) return found;
      await db.run(
        'INSERT INTO audit_heads (pod, seq, hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
        [pod, -1, AUDIT_GENESIS_HASH],
      );
      const created = await this.head(pod);
      if (!created) throw new VerwonderError('storage_error', `audit head of ${pod} vanished`);
      return created;
    },
    /**
     * The heads of several pods, locked in byte order of the pod names (PostgreSQL) by one statement,
     * whatever the database's collation (en_US puts 'ab' before 'a-c', byte order after): every
     * process locks heads in this one order, so batches that share pods wait instead of deadlocking.
     * Pods without a head are absent from the answer.
     */
    async lockHeads(pods: readonly string[]): Promise<Map<string, { seq: number; hash: string }>> {
      const heads = new Map<string, { seq: number; hash: string }>();
      if (pods.length === 0) return heads;
      const lock = db.dialect === 'postgres' ? ' FOR UPDATE' : '';
      const rows = await db.all(
        `SELECT pod, seq, hash FROM audit_heads WHERE pod IN (${pods.map(() => '?').join(', ')}) ORDER BY pod ${byteOrder(db.dialect)}${lock}`,
        pods,
      );
      for (const row of rows)
        heads.set(str(row, 'pod'), { seq: num(row, 'seq'), hash: str(row, 'hash') });
      return heads;
    },
    /**
     * Empty heads (seq -1, the genesis hash) for pods that have none, in one INSERT, in byte order
     * like lockHeads (JavaScript's sort is byte order for ASCII pod names).
     */
    async createHeads(pods: readonly string[]): Promise<void> {
      if (pods.length === 0) return;
      await db.run(
        `INSERT INTO audit_heads (pod, seq, hash) VALUES ${pods.map(() => '(?, ?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
        [...pods].sort().flatMap((pod) => [pod, -1, AUDIT_GENESIS_HASH]),
      );
    },
    /**
     * Appends the entries of several pods (each pod's consecutive, after its locked head) and moves
     * every head to its pod's last entry: one INSERT and one UPDATE, whatever the number of pods.
     */
    async appendChains(entries: readonly AuditRow[]): Promise<void> {
      if (entries.length === 0) return;
      await insertRows(entries);
      const last = new Map<string, AuditRow>();
      for (const entry of entries) last.set(entry.pod, entry);
      const heads = [...last.values()];
      await db.run(
        `WITH moved(pod, seq, hash) AS (VALUES ${heads.map(() => '(?, CAST(? AS INTEGER), ?)').join(', ')}) ` +
          'UPDATE audit_heads SET seq = moved.seq, hash = moved.hash FROM moved WHERE audit_heads.pod = moved.pod',
        heads.flatMap((head) => [head.pod, head.seq, head.hash]),
      );
    },
    /** Appends consecutive entries of one pod and moves its head, in one INSERT and one head write. */
    async append(entries: readonly AuditRow[], isFirst: boolean): Promise<void> {
      const last = entries.at(-1);
      if (!last) return;
      await insertRows(entries);
      if (isFirst)
        await db.run('INSERT INTO audit_heads (pod, seq, hash) VALUES (?, ?, ?)', [
          last.pod,
          last.seq,
          last.hash,
        ]);
      else
        await db.run('UPDATE audit_heads SET seq = ?, hash = ? WHERE pod = ?', [
          last.seq,
          last.hash,
          last.pod,
        ]);
    },
    async page(
      pod: string,
      afterSeq: number,
      limit: number,
      filter?: AuditFilter,
    ): Promise<AuditRow[]> {
      const [where, params] = filterSql(db.dialect, filter);
      const rows = await db.all(
        `SELECT * FROM audit_log WHERE pod = ? AND seq > ?${where} ORDER BY seq LIMIT ?`,
        [pod, afterSeq, ...params, limit],
      );
      return rows.map(toAuditRow);
    },
    /**
     * The pod's entries up to `atMostSeq`, newest first (the primary key read backwards), those the
     * filter keeps only: a filter finds entries however far back, a page at a time.
     */
    async pageNewestFirst(
      pod: string,
      atMostSeq: number,
      limit: number,
      filter?: AuditFilter,
    ): Promise<AuditRow[]> {
      const [where, params] = filterSql(db.dialect, filter);
      const rows = await db.all(
        `SELECT * FROM audit_log WHERE pod = ? AND seq <= ?${where} ORDER BY seq DESC LIMIT ?`,
        [pod, atMostSeq, ...params, limit],
      );
      return rows.map(toAuditRow);
    },
    /**
     * The pod's entries per actor (its JSON text): how many and the last time. A handful of rows
     * (the owner, the vault's jobs, one per grant), kept in the database instead of shipping the
     * whole log to the owner's browser or scanning it per request.
     */
    async countsByActor(
      pod: string,
    ): Promise<{ actor: string; entries: number; lastTime: string }[]> {
      // Kept with each append (audit_uses), so this reads a few rows, never the log.
      const rows = await db.all('SELECT actor, entries, last_time FROM audit_uses WHERE pod = ?', [
        pod,
      ]);
      return rows.map((row) => ({
        actor: str(row, 'actor'),
        entries: num(row, 'entries'),
        lastTime: str(row, 'last_time'),
      }));
    },
    /**
     * The pod's entries of one action since `time`, among its last `window` entries only: a bounded
     * read on the primary key, whatever the log's length.
     */
    async recent(
      pod: string,
      action: string,
      time: string,
      headSeq: number,
      window: number,
    ): Promise<AuditRow[]> {
      const rows = await db.all(
        'SELECT * FROM audit_log WHERE pod = ? AND seq > ? AND action = ? AND time >= ? ORDER BY seq',
        [pod, headSeq - window, action, time],
      );
      return rows.map(toAuditRow);
    },
    /** Every pod that has a log or a head (a log whose rows were all removed still has a head). */
    async pods(): Promise<string[]> {
      const rows = await db.all(
        'SELECT pod FROM audit_heads UNION SELECT DISTINCT pod FROM audit_log ORDER BY pod',
      );
      return rows.map((row) => str(row, 'pod'));
    },
    /**
     * The head first: an append holding it (PostgreSQL) commits before this goes on, and the log is
     * then deleted with that append's entries; the other way round they would outlive the pod.
     */
    async deletePod(pod: string): Promise<void> {
      await db.run('DELETE FROM audit_heads WHERE pod = ?', [pod]);
      await db.run('DELETE FROM audit_log WHERE pod = ?', [pod]);
      await db.run('DELETE FROM audit_uses WHERE pod = ?', [pod]);
    },
  };
}
