import type { SqlExecutor } from '../sql-driver.ts';
import { str } from './row.ts';

/**
 * The categories a pod's owner keeps out of personalisation: their records stay (listed, exported,
 * shared as granted), but derived views (DNA, ranking, "Voor jou") leave them out. Absent = on.
 */
export function personalisationStore(db: SqlExecutor) {
  return {
    async offCategories(pod: string): Promise<Set<string>> {
      const rows = await db.all(
        'SELECT category FROM personalisation_off WHERE pod = ? ORDER BY category',
        [pod],
      );
      return new Set(rows.map((row) => str(row, 'category')));
    },
    async isOn(pod: string, category: string): Promise<boolean> {
      const rows = await db.all(
        'SELECT 1 AS off FROM personalisation_off WHERE pod = ? AND category = ?',
        [pod, category],
      );
      return rows.length === 0;
    },
    /** One statement either way: two requests (or processes) switching at once both succeed. */
    async set(pod: string, category: string, personalised: boolean, at: string): Promise<void> {
      if (personalised)
        await db.run('DELETE FROM personalisation_off WHERE pod = ? AND category = ?', [
          pod,
          category,
        ]);
      else
        await db.run(
          `INSERT INTO personalisation_off (pod, category, changed_at) VALUES (?, ?, ?)
           ON CONFLICT (pod, category) DO UPDATE SET changed_at = excluded.changed_at`,
          [pod, category, at],
        );
    },
  };
}
