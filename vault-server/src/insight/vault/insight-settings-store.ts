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
      // One statement: two requests (or two vault processes) setting it at once both succeed.
      await db.run(
        `INSERT INTO insight_settings (pod, opted_in, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (pod) DO UPDATE SET opted_in = excluded.opted_in, updated_at = excluded.updated_at`,
        [pod, optIn ? 1 : 0, new Date().toISOString()],
      );
    },
    /** Claims the week for this pod; false when it was already reported (one report per person per batch). */
    async claimWeek(pod: string, week: string): Promise<boolean> {
      try {
        await db.run('INSERT INTO insight_reports_sent (pod, week, sent_at) VALUES (?, ?, ?)', [
          pod,
          week,
          new Date().toISOString(),
        ]);
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    /**
     * What became of a claimed week other than being sent: `idle` (nothing to report), `closed` (the
     * aggregators had collected the week before this report came).
     */
    async settleWeek(pod: string, week: string, outcome: 'idle' | 'closed'): Promise<void> {
      await db.run('UPDATE insight_reports_sent SET outcome = ? WHERE pod = ? AND week = ?', [
        outcome,
        pod,
        week,
      ]);
    },
    async releaseWeek(pod: string, week: string): Promise<void> {
      await db.run('DELETE FROM insight_reports_sent WHERE pod = ? AND week = ?', [pod, week]);
    },
    async reportedWeeks(pod: string): Promise<string[]> {
      const rows = await db.all(
        "SELECT week FROM insight_reports_sent WHERE pod = ? AND outcome = 'sent' ORDER BY week",
        [pod],
      );
      return rows.map((row) => String(row.week));
    },
    /** The opted-in pods that have not reported `week` yet, in pod order, `limit` at a time. */
    async unreported(week: string, after: string, limit: number): Promise<string[]> {
      const rows = await db.all(
        `SELECT s.pod FROM insight_settings s
         WHERE s.opted_in = 1 AND s.pod > ?
           AND NOT EXISTS (SELECT 1 FROM insight_reports_sent r WHERE r.pod = s.pod AND r.week = ?)
         ORDER BY s.pod LIMIT ?`,
        [after, week, limit],
      );
      return rows.map((row) => String(row.pod));
    },
  };
}
