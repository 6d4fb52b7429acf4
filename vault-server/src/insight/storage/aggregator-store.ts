import { Buffer } from 'node:buffer';
import { isUniqueViolation, type SqlExecutor } from '../../storage/sql-driver.ts';
import type { SecretBox } from '../../oauth/keys/secret-box.ts';
import { LAYOUT_VERSION } from '../figures-layout.ts';
import type { HpkeKeyPair } from '../prio/hpke-envelope.ts';

/** The additional data the sealed private key is bound with: it names the public key it belongs to. */
const hpkeKeyAad = (publicKey: Buffer): string =>
  `verwonder-insight-hpke-key|${publicKey.toString('base64url')}`;

export interface BatchRow {
  batch: string;
  reports: number;
  rejected: number;
  aggregate: Buffer;
  collectedAt: string | null;
  /** The figures layout its aggregate is in (`LAYOUT_VERSION` for every batch begun since). */
  layout: number;
}

const toBatch = (row: Record<string, unknown>): BatchRow => ({
  batch: String(row.batch),
  reports: Number(row.reports),
  rejected: Number(row.rejected),
  aggregate: Buffer.from(row.aggregate as Uint8Array),
  collectedAt: row.collected_at === null ? null : String(row.collected_at),
  layout: Number(row.layout),
});

export function aggregatorStore(db: SqlExecutor) {
  return {
    /** The HPKE key pair, its private key opened from its sealed form. */
    async keys(box: SecretBox): Promise<HpkeKeyPair | undefined> {
      const [row] = await db.all(
        'SELECT public_key, private_sealed FROM aggregator_hpke_keys WHERE id = ?',
        ['hpke'],
      );
      if (!row) return undefined;
      const publicKey = Buffer.from(row.public_key as Uint8Array);
      return {
        publicKey,
        privateKey: box.open(String(row.private_sealed), hpkeKeyAad(publicKey)),
      };
    },
    /** Stores the key pair with its private key sealed; a pair another process stored first wins. */
    async saveKeys(box: SecretBox, keys: HpkeKeyPair): Promise<void> {
      await db.run(
        'INSERT INTO aggregator_hpke_keys (id, public_key, private_sealed, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
        [
          'hpke',
          keys.publicKey,
          box.seal(keys.privateKey, hpkeKeyAad(keys.publicKey)),
          new Date().toISOString(),
        ],
      );
    },
    /**
     * Records a vault's pseudonym for a batch; false when it already uploaded in that batch. No
     * error on a repeat: on PostgreSQL it would end the transaction the helper goes on with.
     */
    async markUploader(vault: string, batch: string, pseudonym: string): Promise<boolean> {
      const inserted = await db.run(
        'INSERT INTO aggregator_uploaders (vault, batch, pseudonym, seen_at) VALUES (?, ?, ?, ?) ON CONFLICT (vault, batch, pseudonym) DO NOTHING',
        [vault, batch, pseudonym, new Date().toISOString()],
      );
      return inserted > 0;
    },
    async uploaded(vault: string, batch: string, pseudonym: string): Promise<boolean> {
      return (
        (
          await db.all(
            'SELECT 1 FROM aggregator_uploaders WHERE vault = ? AND batch = ? AND pseudonym = ?',
            [vault, batch, pseudonym],
          )
        ).length > 0
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
    /** The ids of the reports counted in a batch (at the leader: the reports it accepted). */
    async reportIds(batch: string): Promise<string[]> {
      const rows = await db.all(
        'SELECT report_id FROM aggregator_seen_reports WHERE batch = ? ORDER BY report_id',
        [batch],
      );
      return rows.map((row) => String(row.report_id));
    },
    /** Helper: one report's output share and its uploader, kept until the batch is collected. */
    async savePending(
      reportId: string,
      batch: string,
      share: Buffer,
      uploader: { vault: string; pseudonym: string },
    ): Promise<void> {
      await db.run(
        'INSERT INTO aggregator_pending_shares (report_id, batch, output_share, vault, pseudonym) VALUES (?, ?, ?, ?, ?)',
        [reportId, batch, share, uploader.vault, uploader.pseudonym],
      );
    },
    /** Helper: the reports of one uploader it still holds in a batch (a retry adds one). */
    async pendingOf(vault: string, batch: string, pseudonym: string): Promise<string[]> {
      const rows = await db.all(
        'SELECT report_id FROM aggregator_pending_shares WHERE vault = ? AND batch = ? AND pseudonym = ? ORDER BY report_id',
        [vault, batch, pseudonym],
      );
      return rows.map((row) => String(row.report_id));
    },
    /** Helper: whose each pending share is (null for a share kept before that was recorded). */
    async pendingUploaders(batch: string): Promise<Map<string, string | null>> {
      const rows = await db.all(
        'SELECT report_id, vault, pseudonym FROM aggregator_pending_shares WHERE batch = ?',
        [batch],
      );
      return new Map(
        rows.map((row) => [
          String(row.report_id),
          row.vault === null ? null : `${String(row.vault)}|${String(row.pseudonym)}`,
        ]),
      );
    },
    async pending(batch: string): Promise<Map<string, Buffer>> {
      const rows = await db.all(
        'SELECT report_id, output_share FROM aggregator_pending_shares WHERE batch = ?',
        [batch],
      );
      return new Map(
        rows.map((row) => [String(row.report_id), Buffer.from(row.output_share as Uint8Array)]),
      );
    },
    async dropPending(batch: string): Promise<void> {
      await db.run('DELETE FROM aggregator_pending_shares WHERE batch = ?', [batch]);
    },
    /**
     * The batch's row, created empty if need be and, on PostgreSQL, locked until the transaction
     * ends: two reports of one batch prepared at once must not both add to the same old sum.
     */
    async lockBatch(batch: string, zero: Buffer): Promise<BatchRow> {
      await db.run(
        'INSERT INTO aggregator_batches (batch, reports, rejected, aggregate, collected_at, layout) VALUES (?, 0, 0, ?, NULL, ?) ON CONFLICT (batch) DO NOTHING',
        [batch, zero, LAYOUT_VERSION],
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
          'INSERT INTO aggregator_batches (batch, reports, rejected, aggregate, collected_at, layout) VALUES (?, ?, ?, ?, ?, ?)',
          [row.batch, row.reports, row.rejected, row.aggregate, row.collectedAt, row.layout],
        );
    },
  };
}
export type AggregatorStore = ReturnType<typeof aggregatorStore>;
