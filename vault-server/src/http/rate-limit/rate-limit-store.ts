import type { SqlExecutor } from '../../storage/sql-driver.ts';

/**
 * Fixed-window counters in the vault's database (`rate_limits`), so every vault process on one
 * database shares each caller's budget. One atomic upsert per hit on both engines.
 */
export function rateLimitStore(db: SqlExecutor) {
  return {
    /** Counts one hit of `bucket` in the window starting at `windowStart`; returns the window's count. */
    async hit(bucket: string, windowStart: string, expiresAt: string): Promise<number> {
      const [row] = await db.all(
        `INSERT INTO rate_limits (bucket, window_start, hits, expires_at) VALUES (?, ?, 1, ?)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1
         RETURNING hits`,
        [bucket, windowStart, expiresAt],
      );
      return Number(row?.hits ?? 1);
    },
    async deleteExpired(now: string): Promise<number> {
      return db.run('DELETE FROM rate_limits WHERE expires_at <= ?', [now]);
    },
  };
}

export type RateLimitStore = ReturnType<typeof rateLimitStore>;
