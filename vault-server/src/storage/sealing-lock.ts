import type { SqlExecutor } from './sql-driver.ts';

/** One advisory lock per schema, like SqlDriver.exclusive's, so unrelated schemas do not wait. */
const KEY = "hashtext(current_schema() || '|sealed-fields')";

/**
 * Runs a write that seals a field with a key from the master key in a transaction holding the
 * sealing lock in shared mode (PostgreSQL; on SQLite the transaction's write lock does it) from
 * before the field is sealed until the commit. A master-key rotation that has replaced the key file
 * then waits for every such writer (waitForSealingWriters): a field sealed under the old key is
 * committed before its last re-seal pass looks, in whichever process it was written.
 */
export function sealingFields<T>(db: SqlExecutor, fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    if (tx.dialect === 'postgres') await tx.all(`SELECT pg_advisory_xact_lock_shared(${KEY})`);
    return fn(tx);
  });
}

/** Returns once every transaction that was sealing fields when it was called has ended. */
export async function waitForSealingWriters(db: SqlExecutor): Promise<void> {
  await db.transaction(async (tx) => {
    // SQLite: taking the write lock (BEGIN IMMEDIATE) already waited for them.
    if (tx.dialect === 'postgres') await tx.all(`SELECT pg_advisory_xact_lock(${KEY})`);
  });
}
