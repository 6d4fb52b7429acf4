import { createHash } from 'node:crypto';
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
        return (await query(client, inTransaction, sql, params)).rows as SqlRow[];
      },
      async run(sql, params = []) {
        return (await query(client, inTransaction, sql, params)).rowCount ?? 0;
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

interface Statement {
  text: string;
  /** Set for statements worth preparing: a short hash of the text. */
  hash?: string;
}

/**
 * Statements with at most this many parameters, outside transactions, are prepared once per
 * connection and reused by name, so PostgreSQL parses and plans them once instead of on every call
 * (the per-request lookups). Larger ones are mostly multi-row inserts whose text changes with the
 * row count. Inside a transaction a stale plan (below) would abort the transaction, so statements
 * there stay unnamed.
 */
const MAX_PREPARED_PARAMETERS = 16;
const statements = new Map<string, Statement>();
/**
 * Part of every statement name. A migration run by another process can change a table a prepared
 * `SELECT *` reads ("cached plan must not change result type"): the generation then moves on, so
 * the statements are prepared afresh under new names.
 */
let generation = 0;

/** `?` → `$1, $2, …`. Our SQL never contains a literal question mark. */
function statementOf(sql: string): Statement {
  let statement = statements.get(sql);
  if (statement === undefined) {
    let index = 0;
    const text = sql.replace(/\?/g, () => `$${++index}`);
    statement =
      index <= MAX_PREPARED_PARAMETERS
        ? { text, hash: createHash('sha256').update(text).digest('base64url').slice(0, 22) }
        : { text };
    statements.set(sql, statement);
  }
  return statement;
}

const isStalePlan = (error: unknown): boolean =>
  error instanceof Error &&
  (error as { code?: unknown }).code === '0A000' &&
  /cached plan/.test(error.message);

async function query(
  client: pg.Pool | pg.PoolClient,
  inTransaction: boolean,
  sql: string,
  params: readonly SqlValue[],
): Promise<pg.QueryResult> {
  const { text, hash } = statementOf(sql);
  const values = params as SqlValue[];
  if (inTransaction || !hash) return client.query({ text, values });
  const run = () => client.query({ text, values, name: `v${generation}_${hash}` });
  try {
    return await run();
  } catch (error) {
    if (!isStalePlan(error)) throw error;
    generation += 1;
    return run();
  }
}

/** Like psql: without a user in the URL (or PGUSER/USER), connect as the operating-system user. */
export function withDefaultUser(connectionString: string): string {
  const url = new URL(connectionString);
  if (url.username || process.env.PGUSER || process.env.USER) return connectionString;
  url.username = os.userInfo().username;
  return url.toString();
}
