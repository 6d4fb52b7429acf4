import { byteOrder, type SqlExecutor, type SqlRow } from '../sql-driver.ts';
import { buf, num, str } from './row.ts';

export interface DataKeyRow {
  pod: string;
  category: string;
  version: number;
  /** Which key-encryption key wrapped it. */
  kekId: string;
  wrapped: Buffer;
  /** New records use the active version; older versions stay until their records are re-encrypted. */
  active: boolean;
  createdAt: string;
}

const toDataKey = (row: SqlRow): DataKeyRow => ({
  pod: str(row, 'pod'),
  category: str(row, 'category'),
  version: num(row, 'version'),
  kekId: str(row, 'kek_id'),
  wrapped: buf(row, 'wrapped'),
  active: num(row, 'active') === 1,
  createdAt: str(row, 'created_at'),
});

export function dataKeysStore(db: SqlExecutor) {
  return {
    /**
     * A version no data key has had before, on any pod: the versions come from one database-wide
     * counter, so an erased key's number never returns. Not rolled back with the transaction.
     */
    async nextVersion(): Promise<number> {
      const sql =
        db.dialect === 'postgres'
          ? "SELECT nextval('data_key_versions') AS version"
          : 'INSERT INTO data_key_versions DEFAULT VALUES RETURNING version';
      const [row] = await db.all(sql);
      if (db.dialect === 'sqlite') await db.run('DELETE FROM data_key_versions');
      return num(row!, 'version');
    },
    /**
     * False when that version exists already, or the category has an active key already (a
     * concurrent request created one first): at most one active key per pod and category.
     */
    async insert(key: DataKeyRow): Promise<boolean> {
      const sql =
        'INSERT INTO data_keys (pod, category, version, kek_id, wrapped, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING';
      const inserted = await db.run(sql, [
        key.pod,
        key.category,
        key.version,
        key.kekId,
        key.wrapped,
        key.active ? 1 : 0,
        key.createdAt,
      ]);
      return inserted > 0;
    },
    /**
     * The active key; on PostgreSQL locked against deletion (FOR KEY SHARE) until the transaction
     * ends, so an erasure cannot destroy it between a write reading it and committing its record.
     */
    async active(pod: string, category: string): Promise<DataKeyRow | undefined> {
      const lock = db.dialect === 'postgres' ? ' FOR KEY SHARE' : '';
      const [row] = await db.all(
        `SELECT * FROM data_keys WHERE pod = ? AND category = ? AND active = 1${lock}`,
        [pod, category],
      );
      return row ? toDataKey(row) : undefined;
    },
    async get(pod: string, category: string, version: number): Promise<DataKeyRow | undefined> {
      const [row] = await db.all(
        'SELECT * FROM data_keys WHERE pod = ? AND category = ? AND version = ?',
        [pod, category, version],
      );
      return row ? toDataKey(row) : undefined;
    },
    async list(pod?: string): Promise<DataKeyRow[]> {
      const rows = pod
        ? await db.all('SELECT * FROM data_keys WHERE pod = ? ORDER BY category, version', [pod])
        : await db.all('SELECT * FROM data_keys ORDER BY pod, category, version');
      return rows.map(toDataKey);
    },
    /** A batch of keys not yet wrapped by `kekId` (master-key rotation works through these). */
    async wrappedByOther(kekId: string, limit: number): Promise<DataKeyRow[]> {
      const rows = await db.all(
        'SELECT * FROM data_keys WHERE kek_id <> ? ORDER BY pod, category, version LIMIT ?',
        [kekId, limit],
      );
      return rows.map(toDataKey);
    },
    /** Compare-and-set, so two rotations never clobber each other. */
    async rewrap(
      key: Pick<DataKeyRow, 'pod' | 'category' | 'version' | 'kekId'>,
      kekId: string,
      wrapped: Buffer,
    ): Promise<boolean> {
      const changed = await db.run(
        'UPDATE data_keys SET kek_id = ?, wrapped = ? WHERE pod = ? AND category = ? AND version = ? AND kek_id = ?',
        [kekId, wrapped, key.pod, key.category, key.version, key.kekId],
      );
      return changed > 0;
    },
    /** Before a new active key goes in: a category has at most one. */
    async deactivateAll(pod: string, category: string): Promise<void> {
      await db.run(
        'UPDATE data_keys SET active = 0 WHERE pod = ? AND category = ? AND active = 1',
        [pod, category],
      );
    },
    async delete(pod: string, category: string, version: number): Promise<void> {
      await db.run('DELETE FROM data_keys WHERE pod = ? AND category = ? AND version = ?', [
        pod,
        category,
        version,
      ]);
    },
    async deleteCategory(pod: string, category: string): Promise<number> {
      return db.run('DELETE FROM data_keys WHERE pod = ? AND category = ?', [pod, category]);
    },
    /**
     * Locks a category's keys (PostgreSQL) so that writes using them finish or wait: erasure takes
     * this first. In one stated order (byte order, whatever the collation), not the plan's.
     */
    async lockCategory(pod: string, category?: string): Promise<void> {
      if (db.dialect !== 'postgres') return;
      const where = category === undefined ? 'pod = ?' : 'pod = ? AND category = ?';
      const order = `ORDER BY category ${byteOrder(db.dialect)}, version`;
      await db.all(`SELECT version FROM data_keys WHERE ${where} ${order} FOR UPDATE`, [
        pod,
        ...(category === undefined ? [] : [category]),
      ]);
    },
    async deleteAll(pod: string): Promise<number> {
      return db.run('DELETE FROM data_keys WHERE pod = ?', [pod]);
    },
  };
}
