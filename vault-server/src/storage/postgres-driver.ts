import os from 'node:os';
import pg from 'pg';
import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from './sql-driver.ts';

export interface PostgresDriverOptions {
  connectionString: string;
  /** Schema to work in (created when missing); tests use a fresh one per run. */
  schema?: string;
  max?: number;
}

/** The server engine: a pool; transactions take one client for their whole duration. */
export async function openPostgresDriver(options: PostgresDriverOptions): Promise<SqlDriver> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`invalid schema name ${schema}`);
  const pool = new pg.Pool({
    connectionString: withDefaultUser(options.connectionString),
    max: options.max ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  if (schema) {
    // Processes starting together race on IF NOT EXISTS (a unique violation in the catalogue).
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch(async (error: unknown) => {
      const { rows } = await pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      if (rows.length === 0) throw error;
    });
  }

  const executorFor = (client: pg.Pool | pg.PoolClient, inTransaction: boolean): SqlExecutor => {
    const executor: SqlExecutor = {
      dialect: 'postgres',
      async all(sql, params = []) {
        const result = await client.query(numbered(sql), params as SqlValue[]);
        return result.rows as SqlRow[];
      },
      async run(sql, params = []) {
        const result = await client.query(numbered(sql), params as SqlValue[]);
        return result.rowCount ?? 0;
      },
      async transaction(fn) {
        if (inTransaction) return fn(executor);
        const connection = await pool.connect();
        try {
          await connection.query('BEGIN');
          const result = await fn(executorFor(connection, true));
          await connection.query('COMMIT');
          return result;
        } catch (error) {
          await connection.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          connection.release();
        }
      },
    };
    return executor;
  };

  const root = executorFor(pool, false);
  return {
    ...root,
    async script(sql) {
      // One client for the whole script, so a failed BEGIN…COMMIT can be rolled back on it.
      const connection = await pool.connect();
      try {
        await connection.query(sql);
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    async exclusive(name, fn) {
      // Session-level lock on a connection of its own, per schema, so unrelated schemas do not wait.
      const connection = await pool.connect();
      const key = 'SELECT hashtext(current_schema() || $1) AS k';
      let locked = false;
      try {
        const { rows } = await connection.query<{ k: number }>(key, [`|${name}`]);
        await connection.query('SELECT pg_advisory_lock($1)', [rows[0]!.k]);
        locked = true;
        return await fn();
      } finally {
        let broken = false;
        if (locked)
          await connection.query('SELECT pg_advisory_unlock_all()').catch(() => (broken = true));
        // A connection that could not unlock is discarded, which ends its session and its lock.
        connection.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}

const cache = new Map<string, string>();

/** `?` → `$1, $2, …`. Our SQL never contains a literal question mark. */
function numbered(sql: string): string {
  let converted = cache.get(sql);
  if (converted === undefined) {
    let index = 0;
    converted = sql.replace(/\?/g, () => `$${++index}`);
    cache.set(sql, converted);
  }
  return converted;
}

/** Like psql: without a user in the URL (or PGUSER/USER), connect as the operating-system user. */
export function withDefaultUser(connectionString: string): string {
  const url = new URL(connectionString);
  if (url.username || process.env.PGUSER || process.env.USER) return connectionString;
  url.username = os.userInfo().username;
  return url.toString();
}
