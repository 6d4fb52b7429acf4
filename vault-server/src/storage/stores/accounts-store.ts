import type { SqlExecutor, SqlRow } from '../sql-driver.ts';
import { str } from './row.ts';

export interface Account {
  id: string;
  podName: string;
  displayName: string;
  /** The WebAuthn user handle (random, base64url): never the pod name, which would leak on sign-in. */
  userHandle: string;
  createdAt: string;
}

const toAccount = (row: SqlRow): Account => ({
  id: str(row, 'id'),
  podName: str(row, 'pod_name'),
  displayName: str(row, 'display_name'),
  userHandle: str(row, 'user_handle'),
  createdAt: str(row, 'created_at'),
});

export function accountsStore(db: SqlExecutor) {
  const one = async (sql: string, value: string) => {
    const [row] = await db.all(sql, [value]);
    return row ? toAccount(row) : undefined;
  };
  return {
    async create(account: Account): Promise<void> {
      await db.run(
        'INSERT INTO accounts (id, pod_name, display_name, user_handle, created_at) VALUES (?, ?, ?, ?, ?)',
        [account.id, account.podName, account.displayName, account.userHandle, account.createdAt],
      );
    },
    byId: (id: string) => one('SELECT * FROM accounts WHERE id = ?', id),
    byPodName: (podName: string) => one('SELECT * FROM accounts WHERE pod_name = ?', podName),
    byUserHandle: (userHandle: string) =>
      one('SELECT * FROM accounts WHERE user_handle = ?', userHandle),
    async podNames(): Promise<string[]> {
      const rows = await db.all('SELECT pod_name FROM accounts ORDER BY pod_name');
      return rows.map((row) => str(row, 'pod_name'));
    },
    /** Cascades to passkeys, sessions, keys, records, consents and retention settings. */
    async delete(id: string): Promise<boolean> {
      return (await db.run('DELETE FROM accounts WHERE id = ?', [id])) > 0;
    },
  };
}
