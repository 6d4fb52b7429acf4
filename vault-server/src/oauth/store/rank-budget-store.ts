import type { SqlExecutor } from '../../storage/sql-driver.ts';

/**
 * How many `suggestions:rank` calls a grant may still make today. Every call is a question about the
 * person's records; a budget bounds how many a site can ask, across every vault process that shares
 * the database (the count is a row, not a variable).
 */
export interface RankBudget {
  /** Counts one call of the grant on `day` (UTC `YYYY-MM-DD`); false, and nothing counted, once `limit` calls were made. */
  spend(grantId: string, day: string, limit: number): Promise<boolean>;
  /** Calls counted for the grant on `day`. */
  used(grantId: string, day: string): Promise<number>;
  /** Forgets the days before `day`; returns the rows removed. */
  purgeBefore(day: string): Promise<number>;
}

/** `RankBudget` in `oauth_rank_budget`: one conditional upsert, so two racing calls cannot both take the last one. */
export function sqlRankBudget(db: SqlExecutor): RankBudget {
  return {
    async spend(grantId, day, limit) {
      if (limit < 1) return false;
      const changed = await db.run(
        `INSERT INTO oauth_rank_budget (grant_id, day, calls) VALUES (?, ?, 1)
         ON CONFLICT (grant_id, day) DO UPDATE SET calls = oauth_rank_budget.calls + 1
         WHERE oauth_rank_budget.calls < ?`,
        [grantId, day, limit],
      );
      return changed === 1;
    },
    async used(grantId, day) {
      const [row] = await db.all(
        'SELECT calls FROM oauth_rank_budget WHERE grant_id = ? AND day = ?',
        [grantId, day],
      );
      return row ? Number(row.calls) : 0;
    },
    purgeBefore: (day) => db.run('DELETE FROM oauth_rank_budget WHERE day < ?', [day]),
  };
}
