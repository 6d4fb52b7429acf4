import type { Dialect } from './sql-driver.ts';
import { auditSiteSql } from './stores/audit-site-sql.ts';

export interface Migration {
  version: number;
  name: string;
  sql: (dialect: Dialect) => string;
}

const blob = (d: Dialect) => (d === 'sqlite' ? 'BLOB' : 'BYTEA');

/**
 * Versioned, append-only: a released migration is never edited, a change is a new entry. Times are
 * ISO-8601 UTC text in both engines so that range filters compare strings the same way.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, passkeys, sessions, keys, records, audit log',
    sql: (d) => `
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  pod_name TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  user_handle TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE TABLE passkeys (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  public_key ${blob(d)} NOT NULL,
  counter BIGINT NOT NULL,
  transports TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_used_at TEXT
);
CREATE INDEX passkeys_account ON passkeys(account_id);
CREATE TABLE recovery_codes (
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  used_at TEXT,
  PRIMARY KEY (account_id, code_hash)
);
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX sessions_account ON sessions(account_id);
CREATE TABLE challenges (
  id TEXT PRIMARY KEY,
  challenge TEXT NOT NULL,
  purpose TEXT NOT NULL,
  payload TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE TABLE data_keys (
  pod TEXT NOT NULL REFERENCES accounts(pod_name) ON DELETE CASCADE ON UPDATE CASCADE,
  category TEXT NOT NULL,
  version INTEGER NOT NULL,
  kek_id TEXT NOT NULL,
  wrapped ${blob(d)} NOT NULL,
  active INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (pod, category, version)
);
CREATE INDEX data_keys_kek ON data_keys(kek_id);
CREATE TABLE records (
  pod TEXT NOT NULL REFERENCES accounts(pod_name) ON DELETE CASCADE ON UPDATE CASCADE,
  id TEXT NOT NULL,
  category TEXT NOT NULL,
  time TEXT NOT NULL,
  key_version INTEGER NOT NULL,
  nonce ${blob(d)} NOT NULL,
  ciphertext ${blob(d)} NOT NULL,
  etag TEXT NOT NULL,
  idempotency_key TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (pod, id)
);
CREATE INDEX records_by_time ON records(pod, category, time, id);
CREATE UNIQUE INDEX records_idempotency ON records(pod, category, idempotency_key);
CREATE TABLE consents (
  pod TEXT NOT NULL REFERENCES accounts(pod_name) ON DELETE CASCADE ON UPDATE CASCADE,
  id TEXT NOT NULL,
  data TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (pod, id)
);
CREATE TABLE retention (
  pod TEXT NOT NULL REFERENCES accounts(pod_name) ON DELETE CASCADE ON UPDATE CASCADE,
  category TEXT NOT NULL,
  days INTEGER,
  PRIMARY KEY (pod, category)
);
CREATE TABLE audit_log (
  pod TEXT NOT NULL,
  seq INTEGER NOT NULL,
  time TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  category TEXT,
  purpose TEXT,
  record_ids TEXT,
  detail TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (pod, seq)
);
CREATE TABLE audit_heads (
  pod TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL
);
${appendOnly(d)}
`,
  },
  {
    version: 2,
    name: 'a data key cannot go while records use it, and a record needs its key',
    sql: (d) =>
      d === 'postgres'
        ? `ALTER TABLE records ADD CONSTRAINT records_data_key FOREIGN KEY (pod, category, key_version) REFERENCES data_keys (pod, category, version);`
        : `CREATE TRIGGER data_key_in_use BEFORE DELETE ON data_keys
WHEN EXISTS (SELECT 1 FROM records WHERE pod = OLD.pod AND category = OLD.category AND key_version = OLD.version)
BEGIN SELECT RAISE(ABORT, 'data key still in use'); END;
CREATE TRIGGER record_needs_data_key BEFORE INSERT ON records
WHEN NOT EXISTS (SELECT 1 FROM data_keys WHERE pod = NEW.pod AND category = NEW.category AND version = NEW.key_version)
BEGIN SELECT RAISE(ABORT, 'no such data key'); END;`,
  },
  // --- rate limits (oauthsec): one counter table shared by every vault process on this database ---
  {
    version: 3,
    name: 'rate limit counters (sign-in, OAuth endpoints, client metadata fetches)',
    sql: () => `
CREATE TABLE rate_limits (
  bucket TEXT NOT NULL,
  window_start TEXT NOT NULL,
  hits INTEGER NOT NULL,
  expires_at TEXT NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limits_expiry ON rate_limits(expires_at);`,
  },
  // --- end rate limits ---
  // --- job leases and the set-based purge (scale) ---
  {
    version: 4,
    name: 'job leases (one process runs a periodic job), records by category and time (set-based purge)',
    sql: () => `
CREATE TABLE job_leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX records_expiry ON records(category, time);`,
  },
  // --- end job leases ---
  // --- session devices (vault pages) ---
  {
    version: 5,
    name: 'sessions: device and last use, for the owner to see and end each one',
    sql: () => `
ALTER TABLE sessions ADD COLUMN user_agent TEXT;
ALTER TABLE sessions ADD COLUMN last_used_at TEXT;`,
  },
  // --- end session devices ---
  // --- personalisation switch per category (vault pages) ---
  {
    version: 6,
    name: 'categories the owner keeps out of personalisation (the data stays)',
    sql: () => `
CREATE TABLE personalisation_off (
  pod TEXT NOT NULL REFERENCES accounts(pod_name) ON DELETE CASCADE ON UPDATE CASCADE,
  category TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (pod, category)
);`,
  },
  // --- end personalisation switch ---
  {
    version: 7,
    name: 'sessions: when the person last confirmed with a passkey (changing how they sign in)',
    sql: () => `ALTER TABLE sessions ADD COLUMN confirmed_at TEXT;`,
  },
  {
    version: 8,
    name: 'data key versions from one counter (never reused after erasure), one active key per category',
    sql: (d) => `
UPDATE data_keys SET active = 0 WHERE active = 1 AND EXISTS (
  SELECT 1 FROM data_keys newer WHERE newer.pod = data_keys.pod AND newer.category = data_keys.category
    AND newer.active = 1 AND newer.version > data_keys.version);
CREATE UNIQUE INDEX data_keys_one_active ON data_keys(pod, category) WHERE active = 1;
${dataKeyVersions(d)}`,
  },
  {
    version: 9,
    name: 'audit uses: entries and last time per pod and actor, kept with each append',
    // The connected-sites page's counts, without a scan of the pod's whole log per request.
    sql: () => `
CREATE TABLE audit_uses (
  pod TEXT NOT NULL,
  actor TEXT NOT NULL,
  entries INTEGER NOT NULL,
  last_time TEXT NOT NULL,
  PRIMARY KEY (pod, actor)
);
INSERT INTO audit_uses (pod, actor, entries, last_time)
  SELECT pod, actor, COUNT(*), MAX(time) FROM audit_log GROUP BY pod, actor;`,
  },
  {
    version: 10,
    name: 'audit log by site, action, category and time: the owner page filters read what they match',
    // Each filter reads its own entries newest first instead of the pod's whole log when little
    // matches. The site expression is the store's `auditSiteSql` word for word (the engines match
    // an index on an expression only to the same expression).
    sql: (d) => `
CREATE INDEX audit_log_by_site ON audit_log (pod, ${auditSiteSql(d)}, seq);
CREATE INDEX audit_log_by_action ON audit_log (pod, action, seq);
CREATE INDEX audit_log_by_category ON audit_log (pod, category, seq);
CREATE INDEX audit_log_by_time ON audit_log (pod, time);`,
  },
  {
    version: 11,
    name: 'record changes: a version per pod and category, moved by every write to its records',
    // What a process may keep about a category (the data page's title order) is checked against
    // this, so a write by any process, any path, holds at the next read (`record-changes.ts`).
    sql: recordChanges,
  },
];

/**
 * `record_changes` holds one version per pod and category, from one counter that never goes back,
 * moved by triggers on `records` in the writing statement's transaction: every insert, replace,
 * delete, purge and erasure moves it, whoever runs it. PostgreSQL once per statement.
 */
function recordChanges(d: Dialect): string {
  const table = `CREATE TABLE record_changes (
  pod TEXT NOT NULL,
  category TEXT NOT NULL,
  version ${d === 'postgres' ? 'BIGINT' : 'INTEGER'} NOT NULL,
  PRIMARY KEY (pod, category)
);`;
  if (d === 'sqlite') {
    const trigger = (event: string, row: string) =>
      `CREATE TRIGGER records_changed_${event.toLowerCase()} AFTER ${event} ON records BEGIN
  UPDATE record_change_counter SET n = n + 1;
  INSERT OR REPLACE INTO record_changes (pod, category, version)
    VALUES (${row}.pod, ${row}.category, (SELECT n FROM record_change_counter));
END;`;
    return `${table}
CREATE TABLE record_change_counter (n INTEGER NOT NULL);
INSERT INTO record_change_counter (n) VALUES (1);
INSERT INTO record_changes (pod, category, version) SELECT pod, category, 1 FROM records GROUP BY pod, category;
${trigger('INSERT', 'NEW')}
${trigger('UPDATE', 'NEW')}
${trigger('DELETE', 'OLD')}`;
  }
  const trigger = (event: string, rows: string) =>
    `CREATE TRIGGER records_changed_${event.toLowerCase()} AFTER ${event} ON records REFERENCING ${rows} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION records_changed();`;
  return `${table}
CREATE SEQUENCE record_change_versions;
INSERT INTO record_changes (pod, category, version)
  SELECT pod, category, nextval('record_change_versions') FROM (SELECT DISTINCT pod, category FROM records) c;
CREATE FUNCTION records_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO record_changes (pod, category, version)
    SELECT pod, category, nextval('record_change_versions')
    FROM (SELECT DISTINCT pod, category FROM changed ORDER BY pod, category) c
    ON CONFLICT (pod, category) DO UPDATE SET version = excluded.version;
  RETURN NULL;
END $fn$;
${trigger('INSERT', 'NEW')}
${trigger('UPDATE', 'NEW')}
${trigger('DELETE', 'OLD')}`;
}

/**
 * A database-wide counter for data-key versions, started above every version in use: a destroyed
 * key's version is never given to a later key, so a copy of its records fits no key row again. It
 * holds numbers only, nothing that names a pod.
 */
function dataKeyVersions(d: Dialect): string {
  if (d === 'postgres') {
    return `CREATE SEQUENCE data_key_versions AS INTEGER;
SELECT setval('data_key_versions', COALESCE(MAX(version), 0) + 1, false) FROM data_keys;`;
  }
  // AUTOINCREMENT keeps the highest number ever handed out (sqlite_sequence) after its row is deleted.
  return `CREATE TABLE data_key_versions (version INTEGER PRIMARY KEY AUTOINCREMENT);
INSERT INTO data_key_versions (version) SELECT version FROM data_keys ORDER BY version DESC LIMIT 1;
DELETE FROM data_key_versions;`;
}

/** Entries may go with their pod (erasure), but never change. */
function appendOnly(d: Dialect): string {
  if (d === 'sqlite') {
    return `CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;`;
  }
  return `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $fn$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();`;
}
