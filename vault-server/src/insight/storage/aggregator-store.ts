import { Buffer } from 'node:buffer';
import { isUniqueViolation, type SqlExecutor } from '../../storage/sql-driver.ts';
import type { HpkeKeyPair } from '../prio/hpke-envelope.ts';

export interface BatchRow {
  batch: string;
  reports: number;
  rejected: number;
  aggregate: Buffer;
  collectedAt: string | null;
}

const toBatch = (row: Record<string, unknown>): BatchRow => ({
  batch: String(row.batch),
  reports: Number(row.reports),
  rejected: Number(row.rejected),
  aggregate: Buffer.from(row.aggregate as Uint8Array),
  collectedAt: row.collected_at === null ? null : String(row.collected_at),
});

export function aggregatorStore(db: SqlExecutor) {
  return {
    async keys(): Promise<HpkeKeyPair | undefined> {
      const [row] = await db.all(
        'SELECT public_key, private_key FROM aggregator_keys WHERE id = ?',
        ['hpke'],
      );
      return row
        ? {
            publicKey: Buffer.from(row.public_key as Uint8Array),
            privateKey: Buffer.from(row.private_key as Uint8Array),
          }
        : undefined;
    },
    async saveKeys(keys: HpkeKeyPair): Promise<void> {
      await db.run(
        'INSERT INTO aggregator_keys (id, public_key, private_key, created_at) VALUES (?, ?, ?, ?)',
        ['hpke', keys.publicKey, keys.privateKey, new Date().toISOString()],
      );
    },
    async batch(batch: string): Promise<BatchRow | undefined> {
      const [row] = await db.all('SELECT * FROM aggregator_batches WHERE batch = ?', [batch]);
      return row ? toBatch(row) : undefined;
    },
    async batches(): Promise<BatchRow[]> {
      return (await db.all('SELECT * FROM aggregator_batches ORDER BY batch')).map(toBatch);
    },
    async seen(reportId: string): Promise<boolean> {
      return (
        (await db.all('SELECT 1 FROM aggregator_seen_reports WHERE report_id = ?', [reportId]))
          .length > 0
      );
    },
    /** Marks the report counted; false when it already was (a replay). */
    async markSeen(reportId: string, batch: string): Promise<boolean> {
      try {
        await db.run(
          'INSERT INTO aggregator_seen_reports (report_id, batch, seen_at) VALUES (?, ?, ?)',
          [reportId, batch, new Date().toISOString()],
        );
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    /**
     * The batch's row, created empty if need be and, on PostgreSQL, locked until the transaction
     * ends: two reports of one batch prepared at once must not both add to the same old sum.
     */
    async lockBatch(batch: string, zero: Buffer): Promise<BatchRow> {
      await db.run(
        'INSERT INTO aggregator_batches (batch, reports, rejected, aggregate, collected_at) VALUES (?, 0, 0, ?, NULL) ON CONFLICT (batch) DO NOTHING',
        [batch, zero],
      );
      const lock = db.dialect === 'postgres' ? ' FOR UPDATE' : '';
      const [row] = await db.all(`SELECT * FROM aggregator_batches WHERE batch = ?${lock}`, [
        batch,
      ]);
      return toBatch(row!);
    },
    async saveBatch(row: BatchRow): Promise<void> {
      const updated = await db.run(
        'UPDATE aggregator_batches SET reports = ?, rejected = ?, aggregate = ?, collected_at = ? WHERE batch = ?',
        [row.reports, row.rejected, row.aggregate, row.collectedAt, row.batch],
      );
      if (updated === 0)
        await db.run(
          'INSERT INTO aggregator_batches (batch, reports, rejected, aggregate, collected_at) VALUES (?, ?, ?, ?, ?)',
          [row.batch, row.reports, row.rejected, row.aggregate, row.collectedAt],
        );
    },
  };
}
export type AggregatorStore = ReturnType<typeof aggregatorStore>;
