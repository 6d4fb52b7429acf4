import type { Migration } from '../../storage/migrations.ts';

/**
 * The authorization server's tables, versioned on their own (`oauth_schema_migrations`) so they never
 * collide with the vault's numbering. Append-only like the vault's. They run after the vault's
 * migrations: grants belong to a pod and go with it on erasure.
 */
export const OAUTH_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'clients cache, requests, grants, codes, refresh tokens, revocations, DPoP proofs, signing keys',
    sql: () => `
CREATE TABLE oauth_clients (
  client_id TEXT PRIMARY KEY,
  document TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE TABLE oauth_requests (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  params TEXT NOT NULL,
  account_id TEXT,
  csrf_token TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX oauth_requests_expiry ON oauth_requests(expires_at);
CREATE TABLE oauth_grants (
  id TEXT PRIMARY KEY,
  pod TEXT NOT NULL REFERENCES accounts(pod_name) ON DELETE CASCADE ON UPDATE CASCADE,
  web_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  client_name TEXT NOT NULL,
  scopes TEXT NOT NULL,
  purpose TEXT NOT NULL,
  rank_categories TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  revoked_reason TEXT
);
CREATE INDEX oauth_grants_pod ON oauth_grants(pod, created_at);
CREATE TABLE oauth_codes (
  code_hash TEXT PRIMARY KEY,
  grant_id TEXT NOT NULL REFERENCES oauth_grants(id) ON DELETE CASCADE,
  client_id TEXT NOT NULL,
  redirect_uri TEXT NOT NULL,
  code_challenge TEXT NOT NULL,
  dpop_jkt TEXT,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX oauth_codes_expiry ON oauth_codes(expires_at);
CREATE TABLE oauth_refresh_tokens (
  token_hash TEXT PRIMARY KEY,
  grant_id TEXT NOT NULL REFERENCES oauth_grants(id) ON DELETE CASCADE,
  jkt TEXT NOT NULL,
  scopes TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX oauth_refresh_tokens_grant ON oauth_refresh_tokens(grant_id);
CREATE INDEX oauth_refresh_tokens_expiry ON oauth_refresh_tokens(expires_at);
CREATE TABLE oauth_revoked_tokens (
  jti TEXT PRIMARY KEY,
  grant_id TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX oauth_revoked_tokens_expiry ON oauth_revoked_tokens(expires_at);
CREATE TABLE oauth_dpop_proofs (
  jti TEXT PRIMARY KEY,
  expires_at TEXT NOT NULL
);
CREATE INDEX oauth_dpop_proofs_expiry ON oauth_dpop_proofs(expires_at);
CREATE TABLE oauth_signing_keys (
  kid TEXT PRIMARY KEY,
  alg TEXT NOT NULL,
  public_jwk TEXT NOT NULL,
  private_sealed TEXT NOT NULL,
  created_at TEXT NOT NULL,
  retired_at TEXT
);
`,
  },
  // ---- suggestions:rank call budget (finding: ranking as an oracle on the person's records) ----
  {
    version: 2,
    name: 'per-grant daily budget of suggestions:rank calls',
    // One row per grant and UTC day; the count lives here, not in memory, so every vault process
    // sharing the database spends from the same budget.
    sql: () => `
CREATE TABLE oauth_rank_budget (
  grant_id TEXT NOT NULL REFERENCES oauth_grants(id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  calls INTEGER NOT NULL,
  PRIMARY KEY (grant_id, day)
);
CREATE INDEX oauth_rank_budget_day ON oauth_rank_budget(day);
`,
  },
  // ---- end of the rank budget block ----
  {
    version: 3,
    name: 'pending requests and revoked tokens go with the account (erasure)',
    // Review finding: after an account's erasure its pending authorization requests (account id)
    // and its grants' revoked token ids stayed until they expired. Rebuilt with cascading keys;
    // rows that already refer to nothing are not carried over.
    sql: () => `
CREATE TABLE oauth_requests_new (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  params TEXT NOT NULL,
  account_id TEXT REFERENCES accounts(id) ON DELETE CASCADE,
  csrf_token TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
INSERT INTO oauth_requests_new
  SELECT id, client_id, kind, params, account_id, csrf_token, created_at, expires_at
  FROM oauth_requests
  WHERE account_id IS NULL OR account_id IN (SELECT id FROM accounts);
DROP TABLE oauth_requests;
ALTER TABLE oauth_requests_new RENAME TO oauth_requests;
CREATE INDEX oauth_requests_expiry ON oauth_requests(expires_at);
CREATE TABLE oauth_revoked_tokens_new (
  jti TEXT PRIMARY KEY,
  grant_id TEXT NOT NULL REFERENCES oauth_grants(id) ON DELETE CASCADE,
  expires_at TEXT NOT NULL
);
INSERT INTO oauth_revoked_tokens_new
  SELECT jti, grant_id, expires_at FROM oauth_revoked_tokens
  WHERE grant_id IN (SELECT id FROM oauth_grants);
DROP TABLE oauth_revoked_tokens;
ALTER TABLE oauth_revoked_tokens_new RENAME TO oauth_revoked_tokens;
CREATE INDEX oauth_revoked_tokens_expiry ON oauth_revoked_tokens(expires_at);
`,
  },
  {
    version: 4,
    name: 'the redirect URI each grant was approved through',
    // Review finding (RFC 9700 §4.11.2): error responses are redirected without asking only to a
    // redirect URI the person approved the client through. Older grants have none: asked by a link.
    sql: () => `ALTER TABLE oauth_grants ADD COLUMN redirect_uri TEXT;`,
  },
];
