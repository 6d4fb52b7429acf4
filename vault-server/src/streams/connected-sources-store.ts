import type { CitySource } from '@verwonder/shared/wire/city-event.ts';
import type { SqlExecutor } from '../storage/sql-driver.ts';
import { str } from '../storage/stores/row.ts';

/**
 * The per-pod opt-in: which city systems may write into the pod, and the person's number there.
 * Only people who connected a source appear here; the stream consumer learns nothing about others.
 */
export function connectedSourcesStore(db: SqlExecutor) {
  return {
    async list(pod: string): Promise<{ source: string; subject: string; connectedAt: string }[]> {
      const rows = await db.all(
        'SELECT source, subject, connected_at FROM connected_sources WHERE pod = ? ORDER BY source',
        [pod],
      );
      return rows.map((row) => ({
        source: str(row, 'source'),
        subject: str(row, 'subject'),
        connectedAt: str(row, 'connected_at'),
      }));
    },
    /** Replaces the pod's connection to `source`; throws a unique violation when another pod holds `subject`. */
    async connect(pod: string, source: CitySource, subject: string, at: string): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.run('DELETE FROM connected_sources WHERE pod = ? AND source = ?', [pod, source]);
        await tx.run(
          'INSERT INTO connected_sources (pod, source, subject, connected_at) VALUES (?, ?, ?, ?)',
          [pod, source, subject, at],
        );
      });
    },
    async disconnect(pod: string, source: CitySource): Promise<boolean> {
      return (
        (await db.run('DELETE FROM connected_sources WHERE pod = ? AND source = ?', [
          pod,
          source,
        ])) > 0
      );
    },
    /** Every connection of the pod (erasure takes this lock first, as an ingest does). */
    async disconnectAll(pod: string): Promise<void> {
      await db.run('DELETE FROM connected_sources WHERE pod = ?', [pod]);
    },
    /** The pod of the person known as `subject` at `source`, if they connected it. */
    async podFor(source: CitySource, subject: string): Promise<string | undefined> {
      const [row] = await db.all(
        'SELECT pod FROM connected_sources WHERE source = ? AND subject = ?',
        [source, subject],
      );
      return row ? str(row, 'pod') : undefined;
    },
    /**
     * `podFor` inside a transaction that writes for that pod: on PostgreSQL the row is locked against
     * deletion (FOR KEY SHARE) until the transaction ends, so a disconnect either waits for the write
     * or, having committed first, leaves nothing to find. SQLite's transactions run one at a time.
     */
    async lockPodFor(source: CitySource, subject: string): Promise<string | undefined> {
      const lock = db.dialect === 'postgres' ? ' FOR KEY SHARE' : '';
      const [row] = await db.all(
        `SELECT pod FROM connected_sources WHERE source = ? AND subject = ?${lock}`,
        [source, subject],
      );
      return row ? str(row, 'pod') : undefined;
    },
  };
}
