import type { Migration } from '../../storage/migrations.ts';
import type { Dialect } from '../../storage/sql-driver.ts';

const blob = (d: Dialect) => (d === 'sqlite' ? 'BLOB' : 'BYTEA');

/**
 * In the vault's own database: the person's opt-in, the weeks already reported (once each, whichever
 * vault process sends them) and the vault's upload key (ES256, sealed by the master key).
 */
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
  {
    version: 2,
    name: 'reported weeks by week; the vault upload key, sealed',
    sql: () => `
ALTER TABLE insight_reports_sent RENAME COLUMN batch TO week;
CREATE TABLE insight_upload_key (
  id TEXT PRIMARY KEY,
  kid TEXT NOT NULL,
  public_jwk TEXT NOT NULL,
  private_sealed TEXT NOT NULL,
  created_at TEXT NOT NULL
);`,
  },
  {
    version: 3,
    // An idle week is not sent (it would count toward the minimum without anyone in it): kept as
    // `idle` so the timer does not read the pod again every hour.
    name: 'what became of each claimed week',
    sql: () => `ALTER TABLE insight_reports_sent ADD COLUMN outcome TEXT NOT NULL DEFAULT 'sent';`,
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
  {
    version: 2,
    // The plaintext private key goes (a new sealed one is made at start; vaults fetch the public key
    // before every report, so nothing counted is lost). Uploads name a known vault and a pseudonym.
    name: 'sealed HPKE keys, one upload per pseudonym and week',
    sql: (d) => `
DROP TABLE aggregator_keys;
CREATE TABLE aggregator_hpke_keys (
  id TEXT PRIMARY KEY,
  public_key ${blob(d)} NOT NULL,
  private_sealed TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE aggregator_uploaders (
  vault TEXT NOT NULL,
  batch TEXT NOT NULL,
  pseudonym TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (vault, batch, pseudonym)
);`,
  },
  {
    version: 3,
    // Figures layout 2 (a count of people per cell) has a longer vector: a batch begun in layout 1
    // keeps its number and is refused (neither added to nor collected), never mixed.
    name: 'the figures layout of each batch',
    sql: () => `ALTER TABLE aggregator_batches ADD COLUMN layout INTEGER NOT NULL DEFAULT 1;`,
  },
  {
    version: 4,
    // The helper answers before the leader decides, so it keeps each report's output share (random
    // alone) until collection, and sums exactly the reports the leader accepted.
    name: "the helper's output shares until collection",
    sql: (d) => `
CREATE TABLE aggregator_pending_shares (
  report_id TEXT PRIMARY KEY,
  batch TEXT NOT NULL,
  output_share ${blob(d)} NOT NULL
);
CREATE INDEX aggregator_pending_shares_batch ON aggregator_pending_shares (batch);`,
  },
  {
    version: 5,
    // A repeat of a person's pseudonym at the helper is a retry of a report the leader never
    // accepted (its answer was lost): the helper keeps both shares and tells the leader of the
    // earlier, so it must know whose each pending share is (never summing two of one person).
    name: "whose each of the helper's pending shares is",
    sql: () => `
ALTER TABLE aggregator_pending_shares ADD COLUMN vault TEXT;
ALTER TABLE aggregator_pending_shares ADD COLUMN pseudonym TEXT;`,
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
  {
    version: 2,
    // Sums published in layout 1 have no count of people per figure: the dashboard withholds them.
    name: 'the figures layout of each published batch',
    sql: () => `ALTER TABLE collector_published ADD COLUMN layout INTEGER NOT NULL DEFAULT 1;`,
  },
];
