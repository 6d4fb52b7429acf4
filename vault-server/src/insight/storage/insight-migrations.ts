import type { Migration } from '../../storage/migrations.ts';
import type { Dialect } from '../../storage/sql-driver.ts';

const blob = (d: Dialect) => (d === 'sqlite' ? 'BLOB' : 'BYTEA');

/** In the vault's own database: the person's opt-in and the weeks already reported (once each). */
export const VAULT_INSIGHT_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'insight opt-in and reported weeks',
    sql: () => `
CREATE TABLE insight_settings (
  pod TEXT PRIMARY KEY REFERENCES accounts(pod_name) ON DELETE CASCADE ON UPDATE CASCADE,
  opted_in INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE insight_reports_sent (
  pod TEXT NOT NULL REFERENCES accounts(pod_name) ON DELETE CASCADE ON UPDATE CASCADE,
  batch TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  PRIMARY KEY (pod, batch)
);`,
  },
];

/**
 * An aggregator's own database: its HPKE key pair, one aggregate share per batch, and the ids of the
 * reports it has counted (against replays). Never an input share: a report lives only in memory
 * while it is prepared.
 */
export const AGGREGATOR_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'aggregator keys, batches, seen reports',
    sql: (d) => `
CREATE TABLE aggregator_keys (
  id TEXT PRIMARY KEY,
  public_key ${blob(d)} NOT NULL,
  private_key ${blob(d)} NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE aggregator_batches (
  batch TEXT PRIMARY KEY,
  reports INTEGER NOT NULL,
  rejected INTEGER NOT NULL,
  aggregate ${blob(d)} NOT NULL,
  collected_at TEXT
);
CREATE TABLE aggregator_seen_reports (
  report_id TEXT PRIMARY KEY,
  batch TEXT NOT NULL,
  seen_at TEXT NOT NULL
);`,
  },
];

/** The collector's own database: only what it published. */
export const COLLECTOR_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'published batches',
    sql: () => `
CREATE TABLE collector_published (
  batch TEXT PRIMARY KEY,
  reports INTEGER NOT NULL,
  figures TEXT NOT NULL,
  epsilon TEXT,
  published_at TEXT NOT NULL
);`,
  },
];
