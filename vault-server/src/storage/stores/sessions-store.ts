import type { SqlExecutor, SqlRow } from '../sql-driver.ts';
import type { Account } from './accounts-store.ts';
import { optStr, str } from './row.ts';

export interface Session {
  /** SHA-256 of the cookie value: a leaked database does not hand out live sessions. */
  idHash: string;
  accountId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** The browser's User-Agent at sign-in (truncated), so the owner can tell sessions apart. */
  userAgent?: string | null;
  /** Updated at most every few minutes (see resolveSession). */
  lastUsedAt?: string | null;
  /** When the person last confirmed with a passkey in this session (confirm-with-passkey.ts). */
  confirmedAt?: string | null;
}

const toSession = (row: SqlRow): Session => ({
  idHash: str(row, 'id_hash'),
  accountId: str(row, 'account_id'),
  csrfToken: str(row, 'csrf_token'),
  createdAt: str(row, 'created_at'),
  expiresAt: str(row, 'expires_at'),
  revokedAt: optStr(row, 'revoked_at'),
  userAgent: optStr(row, 'user_agent'),
  lastUsedAt: optStr(row, 'last_used_at'),
  confirmedAt: optStr(row, 'confirmed_at'),
});

export function sessionsStore(db: SqlExecutor) {
  return {
    async create(session: Session): Promise<void> {
      await db.run(
        'INSERT INTO sessions (id_hash, account_id, csrf_token, created_at, expires_at, revoked_at, user_agent, last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [
          session.idHash,
          session.accountId,
          session.csrfToken,
          session.createdAt,
          session.expiresAt,
          session.revokedAt,
          session.userAgent ?? null,
          session.lastUsedAt ?? session.createdAt,
        ],
      );
    },
    /** The session and its account in one round trip (every authenticated request needs both). */
    async withAccount(idHash: string): Promise<{ session: Session; account: Account } | undefined> {
      const [row] = await db.all(
        `SELECT s.*, a.pod_name, a.display_name, a.user_handle, a.created_at AS account_created_at
         FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.id_hash = ?`,
        [idHash],
      );
      if (!row) return undefined;
      const account: Account = {
        id: str(row, 'account_id'),
        podName: str(row, 'pod_name'),
        displayName: str(row, 'display_name'),
        userHandle: str(row, 'user_handle'),
        createdAt: str(row, 'account_created_at'),
      };
      return { session: toSession(row), account };
    },
    async byIdHash(idHash: string): Promise<Session | undefined> {
      const [row] = await db.all('SELECT * FROM sessions WHERE id_hash = ?', [idHash]);
      return row ? toSession(row) : undefined;
    },
    async listActive(accountId: string, now: string): Promise<Session[]> {
      const rows = await db.all(
        'SELECT * FROM sessions WHERE account_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at',
        [accountId, now],
      );
      return rows.map(toSession);
    },
    async confirm(idHash: string, at: string): Promise<void> {
      await db.run('UPDATE sessions SET confirmed_at = ? WHERE id_hash = ?', [at, idHash]);
    },
    async touch(idHash: string, at: string): Promise<void> {
      await db.run('UPDATE sessions SET last_used_at = ? WHERE id_hash = ?', [at, idHash]);
    },
    async revoke(idHash: string, at: string): Promise<void> {
      await db.run('UPDATE sessions SET revoked_at = ? WHERE id_hash = ? AND revoked_at IS NULL', [
        at,
        idHash,
      ]);
    },
    async revokeAll(accountId: string, at: string): Promise<number> {
      return db.run(
        'UPDATE sessions SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL',
        [at, accountId],
      );
    },
    async deleteExpired(now: string): Promise<number> {
      return db.run('DELETE FROM sessions WHERE expires_at <= ? OR revoked_at IS NOT NULL', [now]);
    },
  };
}
