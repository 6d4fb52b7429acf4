import type { SqlExecutor } from '../sql-driver.ts';
import { str } from './row.ts';

/** Consent grants (stored as their JSON document) and per-category retention choices of a pod. */
export function consentsStore(db: SqlExecutor) {
  return {
    async put(pod: string, id: string, json: string, createdAt: string): Promise<void> {
      await db.run('DELETE FROM consents WHERE pod = ? AND id = ?', [pod, id]);
      await db.run('INSERT INTO consents (pod, id, data, created_at) VALUES (?, ?, ?, ?)', [
        pod,
        id,
        json,
        createdAt,
      ]);
    },
    async list(pod: string): Promise<string[]> {
      const rows = await db.all('SELECT data FROM consents WHERE pod = ? ORDER BY created_at, id', [
        pod,
      ]);
      return rows.map((row) => str(row, 'data'));
    },
  };
}

export function retentionStore(db: SqlExecutor) {
  return {
    /** Only the categories the owner changed; `null` days means "keep until I delete it". */
    async overrides(pod: string): Promise<Map<string, number | null>> {
      const rows = await db.all('SELECT category, days FROM retention WHERE pod = ?', [pod]);
      return new Map(
        rows.map((row) => [
          str(row, 'category'),
          row.days === null || row.days === undefined ? null : Number(row.days),
        ]),
      );
    },
    /** The retention periods owners chose for a category, across pods (the purge runs one delete per period). */
    async chosenDays(category: string): Promise<number[]> {
      const rows = await db.all(
        'SELECT DISTINCT days FROM retention WHERE category = ? AND days IS NOT NULL ORDER BY days',
        [category],
      );
      return rows.map((row) => Number(row.days));
    },
    async set(pod: string, category: string, days: number | null): Promise<void> {
      await db.run('DELETE FROM retention WHERE pod = ? AND category = ?', [pod, category]);
      await db.run('INSERT INTO retention (pod, category, days) VALUES (?, ?, ?)', [
        pod,
        category,
        days,
      ]);
    },
  };
}
