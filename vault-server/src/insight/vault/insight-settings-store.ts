import type { SqlExecutor } from '../../storage/sql-driver.ts';
import { isUniqueViolation } from '../../storage/sql-driver.ts';

/** The person's opt-in (off unless they turn it on) and the weeks their vault has reported. */
export function insightSettingsStore(db: SqlExecutor) {
  return {
    async optedIn(pod: string): Promise<boolean> {
      const [row] = await db.all('SELECT opted_in FROM insight_settings WHERE pod = ?', [pod]);
      return row ? Number(row.opted_in) === 1 : false;
    },
    async setOptIn(pod: string, optIn: boolean): Promise<void> {
      const now = new Date().toISOString();
      const updated = await db.run(
        'UPDATE insight_settings SET opted_in = ?, updated_at = ? WHERE pod = ?',
        [optIn ? 1 : 0, now, pod],
      );
      if (updated === 0)
        await db.run('INSERT INTO insight_settings (pod, opted_in, updated_at) VALUES (?, ?, ?)', [
          pod,
          optIn ? 1 : 0,
          now,
        ]);
    },
    /** Claims the week for this pod; false when it was already reported (one report per person per batch). */
    async claimWeek(pod: string, batch: string): Promise<boolean> {
      try {
        await db.run('INSERT INTO insight_reports_sent (pod, batch, sent_at) VALUES (?, ?, ?)', [
          pod,
          batch,
          new Date().toISOString(),
        ]);
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async releaseWeek(pod: string, batch: string): Promise<void> {
      await db.run('DELETE FROM insight_reports_sent WHERE pod = ? AND batch = ?', [pod, batch]);
    },
    async reportedWeeks(pod: string): Promise<string[]> {
      const rows = await db.all(
        'SELECT batch FROM insight_reports_sent WHERE pod = ? ORDER BY batch',
        [pod],
      );
      return rows.map((row) => String(row.batch));
    },
  };
}
