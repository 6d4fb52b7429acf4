import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AsyncMutex } from './async-mutex.ts';
import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from './sql-driver.ts';

/**
 * The embedded engine. better-sqlite3 is synchronous; the mutex makes a transaction that awaits
 * (e.g. for a key unwrap) exclusive, and plain statements wait for it instead of slipping inside.
 */
export function openSqliteDriver(file: string): SqlDriver {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // Overwrite deleted content, so an erased row does not linger in free pages.
  db.pragma('secure_delete = ON');

  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const mutex = new AsyncMutex();
  // Set inside an exclusive section: what it runs joins it instead of waiting for the mutex it holds.
  const insideExclusive = new AsyncLocalStorage<true>();

  const direct: SqlExecutor = {
    dialect: 'sqlite',
    async all(sql, params = []) {
      const statement = prepare(sql);
      if (statement.reader) return statement.all(...bind(params)) as SqlRow[];
      statement.run(...bind(params));
      return [];
    },
    async run(sql, params = []) {
      return prepare(sql).run(...bind(params)).changes;
    },
    async transaction(fn) {
      return fn(direct);
    },
  };

  const transaction = async <T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> => {
    if (insideExclusive.getStore()) return fn(direct);
    const release = await mutex.acquire();
    try {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(direct);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    } finally {
      release();
    }
  };

  const guarded = async <T>(fn: () => Promise<T>): Promise<T> => {
    if (insideExclusive.getStore() || !mutex.locked) return fn();
    const release = await mutex.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  };

  return {
    dialect: 'sqlite',
    all: (sql, params) => guarded(() => direct.all(sql, params)),
    run: (sql, params) => guarded(() => direct.run(sql, params)),
    transaction,
    async script(sql) {
      await guarded(async () => void db.exec(sql));
    },
    async exclusive(_name, fn) {
      if (insideExclusive.getStore()) return fn();
      // One exclusive section at a time on this connection (two modules migrating at start share
      // it); another process on the same file waits (busy_timeout) until this transaction ends.
      const release = await mutex.acquire();
      try {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await insideExclusive.run(true, fn);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      } finally {
        release();
      }
    },
    async close() {
      const release = await mutex.acquire();
      try {
        if (db.open) {
          db.pragma('wal_checkpoint(TRUNCATE)');
          db.close();
        }
      } finally {
        release();
      }
    },
  };
}

function bind(params: readonly SqlValue[]): SqlValue[] {
  return params.map((value) => (value === undefined ? null : value));
}
