/** A value both engines bind the same way. Times are ISO-8601 UTC text so they sort as strings. */
export type SqlValue = string | number | Buffer | null;

export type SqlRow = Record<string, unknown>;

export type Dialect = 'sqlite' | 'postgres';

/**
 * `COLLATE` for byte order on either engine (SQLite's BINARY, PostgreSQL's "C"), whatever collation
 * the database was made with: rows locked in this order are locked in the same order by every
 * process, and pod names (ASCII, see PodName) sort the same way in JavaScript.
 */
export const byteOrder = (dialect: Dialect): string =>
  dialect === 'postgres' ? 'COLLATE "C"' : 'COLLATE BINARY';

/** Runs SQL written with `?` placeholders; the PostgreSQL driver numbers them. */
export interface SqlExecutor {
  readonly dialect: Dialect;
  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs `fn` in one transaction; nested calls join the outer one. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

export interface SqlDriver extends SqlExecutor {
  /** Executes a script of several statements (migrations). */
  script(sql: string): Promise<void>;
  /**
   * Runs `fn` while holding a lock named `name` that other processes on the same database respect
   * (PostgreSQL: a session advisory lock; SQLite: an IMMEDIATE transaction around `fn`, whose scripts
   * then must not open transactions of their own).
   */
  exclusive<T>(name: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Unique-key violations are expected (idempotency keys, races); everything else is a storage error. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
