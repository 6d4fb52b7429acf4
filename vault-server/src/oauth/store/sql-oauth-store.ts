import { Scope } from '@verwonder/shared';
import { z } from 'zod';
import type { SqlExecutor, SqlRow } from '../../storage/sql-driver.ts';
import type {
  AuthorizationCodeRow,
  CachedClientDocument,
  OAuthStore,
  RefreshTokenRow,
  SigningKeyRow,
  StoredAuthorizationRequest,
  Use,
} from './oauth-store.ts';
import { parseGrantRow } from './parse-grant-row.ts';

const str = (row: SqlRow, column: string): string => String(row[column]);
const optStr = (row: SqlRow, column: string): string | null =>
  row[column] === null || row[column] === undefined ? null : String(row[column]);
const words = (value: string): string[] => value.split(' ').filter((word) => word.length > 0);

// Rows are parsed, not cast: a row another version wrote must not smuggle an unknown scope in.
const Scopes = z.array(Scope);

const toRequest = (row: SqlRow): StoredAuthorizationRequest => ({
  id: str(row, 'id'),
  clientId: str(row, 'client_id'),
  kind: str(row, 'kind') === 'par' ? 'par' : 'pending',
  params: str(row, 'params'),
  accountId: optStr(row, 'account_id'),
  csrfToken: optStr(row, 'csrf_token'),
  createdAt: str(row, 'created_at'),
  expiresAt: str(row, 'expires_at'),
});

const toCode = (row: SqlRow): AuthorizationCodeRow => ({
  codeHash: str(row, 'code_hash'),
  grantId: str(row, 'grant_id'),
  clientId: str(row, 'client_id'),
  redirectUri: str(row, 'redirect_uri'),
  codeChallenge: str(row, 'code_challenge'),
  dpopJkt: optStr(row, 'dpop_jkt'),
  expiresAt: str(row, 'expires_at'),
  usedAt: optStr(row, 'used_at'),
});

const toRefresh = (row: SqlRow): RefreshTokenRow => ({
  tokenHash: str(row, 'token_hash'),
  grantId: str(row, 'grant_id'),
  jkt: str(row, 'jkt'),
  scopes: Scopes.parse(words(str(row, 'scopes'))),
  createdAt: str(row, 'created_at'),
  expiresAt: str(row, 'expires_at'),
  usedAt: optStr(row, 'used_at'),
});

const toSigningKey = (row: SqlRow): SigningKeyRow => ({
  kid: str(row, 'kid'),
  alg: 'ES256',
  publicJwk: str(row, 'public_jwk'),
  privateSealed: str(row, 'private_sealed'),
  createdAt: str(row, 'created_at'),
  retiredAt: optStr(row, 'retired_at'),
});

/** `OAuthStore` on the vault's SQL executor: the same statements on SQLite and PostgreSQL. */
export function sqlOAuthStore(db: SqlExecutor): OAuthStore {
  const first = async <T>(
    sql: string,
    params: (string | null)[],
    map: (row: SqlRow) => T,
  ): Promise<T | undefined> => {
    const [row] = await db.all(sql, params);
    return row ? map(row) : undefined;
  };

  /** Marks a one-time artefact used; the conditional update decides which of two racing requests wins. */
  const use = async <T>(
    table: string,
    key: string,
    value: string,
    at: string,
    map: (row: SqlRow) => T,
  ): Promise<Use<T> | undefined> => {
    const changed = await db.run(
      `UPDATE ${table} SET used_at = ? WHERE ${key} = ? AND used_at IS NULL`,
      [at, value],
    );
    const row = await first(`SELECT * FROM ${table} WHERE ${key} = ?`, [value], map);
    return row === undefined ? undefined : { row, firstUse: changed === 1 };
  };

  return {
    async putClient(doc: CachedClientDocument) {
      await db.transaction(async (tx) => {
        await tx.run('DELETE FROM oauth_clients WHERE client_id = ?', [doc.clientId]);
        await tx.run(
          'INSERT INTO oauth_clients (client_id, document, fetched_at, expires_at) VALUES (?, ?, ?, ?)',
          [doc.clientId, doc.document, doc.fetchedAt, doc.expiresAt],
        );
      });
    },
    getClient: (clientId) =>
      first('SELECT * FROM oauth_clients WHERE client_id = ?', [clientId], (row) => ({
        clientId: str(row, 'client_id'),
        document: str(row, 'document'),
        fetchedAt: str(row, 'fetched_at'),
        expiresAt: str(row, 'expires_at'),
      })),

    async putRequest(request) {
      await db.run(
        'INSERT INTO oauth_requests (id, client_id, kind, params, account_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [
          request.id,
          request.clientId,
          request.kind,
          request.params,
          request.accountId,
          request.csrfToken,
          request.createdAt,
          request.expiresAt,
        ],
      );
    },
    getRequest: (id, now) =>
      first('SELECT * FROM oauth_requests WHERE id = ? AND expires_at > ?', [id, now], toRequest),
    async takeRequest(id, now) {
      const request = await first('SELECT * FROM oauth_requests WHERE id = ?', [id], toRequest);
      if (!request) return undefined;
      // Only the request whose delete succeeded may use it.
      const deleted = await db.run('DELETE FROM oauth_requests WHERE id = ?', [id]);
      return deleted === 1 && request.expiresAt > now ? request : undefined;
    },
    async bindRequest(id, accountId, csrfToken) {
      await db.run('UPDATE oauth_requests SET account_id = ?, csrf_token = ? WHERE id = ?', [
        accountId,
        csrfToken,
        id,
      ]);
    },

    async createGrant(grant) {
      await db.run(
        `INSERT INTO oauth_grants (id, pod, web_id, client_id, client_name, scopes, purpose, rank_categories, created_at, expires_at, revoked_at, revoked_reason, redirect_uri)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          grant.id,
          grant.pod,
          grant.webId,
          grant.clientId,
          grant.clientName,
          grant.scopes.join(' '),
          grant.purpose,
          grant.rankCategories.join(' '),
          grant.createdAt,
          grant.expiresAt,
          grant.revokedAt,
          grant.revokedReason,
          grant.redirectUri ?? null,
        ],
      );
    },
    getGrant: (id) => first('SELECT * FROM oauth_grants WHERE id = ?', [id], parseGrantRow),
    async listGrants(pod) {
      const rows = await db.all(
        'SELECT * FROM oauth_grants WHERE pod = ? ORDER BY created_at DESC, id',
        [pod],
      );
      return rows.map(parseGrantRow);
    },
    async revokeGrant(id, at, reason) {
      return (
        (await db.run(
          'UPDATE oauth_grants SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL',
          [at, reason, id],
        )) === 1
      );
    },

    async putCode(code) {
      await db.run(
        'INSERT INTO oauth_codes (code_hash, grant_id, client_id, redirect_uri, code_challenge, dpop_jkt, expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [
          code.codeHash,
          code.grantId,
          code.clientId,
          code.redirectUri,
          code.codeChallenge,
          code.dpopJkt,
          code.expiresAt,
          code.usedAt,
        ],
      );
    },
    getCode: (codeHash) =>
      first('SELECT * FROM oauth_codes WHERE code_hash = ?', [codeHash], toCode),
    useCode: (codeHash, at) => use('oauth_codes', 'code_hash', codeHash, at, toCode),

    async putRefreshToken(token) {
      await db.run(
        'INSERT INTO oauth_refresh_tokens (token_hash, grant_id, jkt, scopes, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
          token.tokenHash,
          token.grantId,
          token.jkt,
          token.scopes.join(' '),
          token.createdAt,
          token.expiresAt,
          token.usedAt,
        ],
      );
    },
    useRefreshToken: (tokenHash, at) =>
      use('oauth_refresh_tokens', 'token_hash', tokenHash, at, toRefresh),
    getRefreshToken: (tokenHash) =>
      first('SELECT * FROM oauth_refresh_tokens WHERE token_hash = ?', [tokenHash], toRefresh),

    async revokeAccessToken(jti, grantId, expiresAt) {
      // A token of a grant that is gone is refused anyway (every use reads the grant).
      await db.run(
        `INSERT INTO oauth_revoked_tokens (jti, grant_id, expires_at)
         SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM oauth_grants WHERE id = ?)
         ON CONFLICT (jti) DO NOTHING`,
        [jti, grantId, expiresAt, grantId],
      );
    },
    async tokenState(grantId, jti) {
      const [row] = await db.all(
        'SELECT g.*, (SELECT COUNT(*) FROM oauth_revoked_tokens r WHERE r.jti = ?) AS revoked_count FROM oauth_grants g WHERE g.id = ?',
        [jti, grantId],
      );
      return row
        ? { grant: parseGrantRow(row), revoked: Number(row.revoked_count) > 0 }
        : { grant: undefined, revoked: false };
    },

    async rememberProofs(proofs) {
      if (proofs.length === 0) return new Set();
      const rows = await db.all(
        `INSERT INTO oauth_dpop_proofs (jti, expires_at) VALUES ${proofs.map(() => '(?, ?)').join(', ')} ON CONFLICT (jti) DO NOTHING RETURNING jti`,
        proofs.flatMap((proof) => [proof.jti, proof.expiresAt]),
      );
      return new Set(rows.map((row) => String(row.jti)));
    },

    async listSigningKeys() {
      return (await db.all('SELECT * FROM oauth_signing_keys ORDER BY created_at DESC, kid')).map(
        toSigningKey,
      );
    },
    async insertSigningKey(key) {
      await db.run(
        'INSERT INTO oauth_signing_keys (kid, alg, public_jwk, private_sealed, created_at, retired_at) VALUES (?, ?, ?, ?, ?, ?)',
        [key.kid, key.alg, key.publicJwk, key.privateSealed, key.createdAt, key.retiredAt],
      );
    },
    async retireSigningKeys(exceptKid, at) {
      await db.run(
        'UPDATE oauth_signing_keys SET retired_at = ? WHERE kid <> ? AND retired_at IS NULL',
        [at, exceptKid],
      );
    },
    async deleteSigningKey(kid) {
      await db.run('DELETE FROM oauth_signing_keys WHERE kid = ?', [kid]);
    },

    async purgeExpired(now) {
      let removed = 0;
      for (const table of [
        'oauth_requests',
        'oauth_codes',
        'oauth_refresh_tokens',
        'oauth_revoked_tokens',
        'oauth_dpop_proofs',
        'oauth_clients',
      ]) {
        removed += await db.run(`DELETE FROM ${table} WHERE expires_at <= ?`, [now]);
      }
      return removed;
    },
  };
}
