import type { SqlExecutor } from './sql-driver.ts';

/**
 * Takes the lease on a periodic job for `seconds` if nobody holds it (or the holder's lease ran out):
 * with many processes on one database, the one that gets it runs the job and the others skip it.
 */
export async function tryJobLease(
  db: SqlExecutor,
  name: string,
  holder: string,
  seconds: number,
  now: Date = new Date(),
): Promise<boolean> {
  const expires = new Date(now.getTime() + seconds * 1000).toISOString();
  const taken = await db.run(
    `INSERT INTO job_leases (name, holder, expires_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
     WHERE job_leases.expires_at <= ?`,
    [name, holder, expires, now.toISOString()],
  );
  return taken > 0;
}
