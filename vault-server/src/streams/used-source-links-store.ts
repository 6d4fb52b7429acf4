import type { CitySource } from '@verwonder/shared/wire/city-event.ts';
import type { SqlExecutor } from '../storage/sql-driver.ts';

/**
 * Rows past their expiry are kept this much longer, so that a vault process whose clock runs behind
 * cannot still accept a code whose row another process already purged.
 */
const PURGE_MARGIN_MS = 5 * 60_000;

/** The link codes already used (streams/verify-source-link.ts), so that each connects one pod once. */
export function usedSourceLinksStore(db: SqlExecutor) {
  return {
    /**
     * Marks the code `jti` of `source` used; false when it already was. Call it in the connect's
     * transaction, so a code is used up exactly when a connection (or its refusal) commits. Expired
     * rows go here too: connects are rare, and no job has to know about this table.
     */
    async use(source: CitySource, jti: string, expiresAt: string, now: Date): Promise<boolean> {
      await db.run('DELETE FROM used_source_links WHERE expires_at < ?', [
        new Date(now.getTime() - PURGE_MARGIN_MS).toISOString(),
      ]);
      const inserted = await db.run(
        'INSERT INTO used_source_links (source, jti, expires_at) VALUES (?, ?, ?) ON CONFLICT (source, jti) DO NOTHING',
        [source, jti, expiresAt],
      );
      return inserted > 0;
    },
  };
}
