import type { FieldBox } from '../vault-storage.ts';
import { byteOrder, type SqlExecutor, type SqlRow } from '../sql-driver.ts';
import { openOr } from '../../crypto/field-protector.ts';
import { sealingFields } from '../sealing-lock.ts';
import { resealColumn } from './reseal-column.ts';
import { str } from './row.ts';

export interface Account {
  id: string;
  podName: string;
  displayName: string;
  /** The WebAuthn user handle (random, base64url): never the pod name, which would leak on sign-in. */
  userHandle: string;
  createdAt: string;
}

/** The display name is sealed at rest, bound to its account. */
export const displayNameContext = (id: string): string => `account|${id}|display_name`;

const toAccount = (row: SqlRow, box: FieldBox): Account => ({
  id: str(row, 'id'),
  podName: str(row, 'pod_name'),
  // Unreadable (a master key lost): the pod name stands in; the sealed value stays as it is.
  displayName: openOr(
    box.fields,
    displayNameContext(str(row, 'id')),
    str(row, 'display_name'),
    str(row, 'pod_name'),
  ),
  userHandle: str(row, 'user_handle'),
  createdAt: str(row, 'created_at'),
});

export function accountsStore(db: SqlExecutor, box: FieldBox) {
  const one = async (sql: string, value: string) => {
    const [row] = await db.all(sql, [value]);
    return row ? toAccount(row, box) : undefined;
  };
  return {
    async create(account: Account): Promise<void> {
      await sealingFields(db, (tx) =>
        tx.run(
          'INSERT INTO accounts (id, pod_name, display_name, user_handle, created_at) VALUES (?, ?, ?, ?, ?)',
          [
            account.id,
            account.podName,
            box.fields.seal(displayNameContext(account.id), account.displayName),
            account.userHandle,
            account.createdAt,
          ],
        ),
      );
    },
    /**
     * Re-seals display names stored in plaintext or under an older master key; returns how many.
     * One that cannot be opened is left as it is and reported to `unreadable`.
     */
    resealFields: (unreadable?: (what: string) => void): Promise<number> =>
      resealColumn(
        db,
        box.fields,
        {
          table: 'accounts',
          column: 'display_name',
          context: displayNameContext,
          extra: ['pod_name'],
          describe: (row) => `the display name of pod ${str(row, 'pod_name')}`,
        },
        unreadable,
      ),
    byId: (id: string) => one('SELECT * FROM accounts WHERE id = ?', id),
    byPodName: (podName: string) => one('SELECT * FROM accounts WHERE pod_name = ?', podName),
    byUserHandle: (userHandle: string) =>
      one('SELECT * FROM accounts WHERE user_handle = ?', userHandle),
    async podNames(): Promise<string[]> {
      const rows = await db.all('SELECT pod_name FROM accounts ORDER BY pod_name');
      return rows.map((row) => str(row, 'pod_name'));
    },
    /**
     * Which of these pods still have an account, their rows share-locked (PostgreSQL) until the
     * transaction ends: an erasure deleting one of them waits for it, or it sees the pod gone.
     */
    async lockPodNames(pods: readonly string[]): Promise<Set<string>> {
      if (pods.length === 0) return new Set();
      const lock = db.dialect === 'postgres' ? ' FOR SHARE' : '';
      const rows = await db.all(
        `SELECT pod_name FROM accounts WHERE pod_name IN (${pods.map(() => '?').join(', ')}) ORDER BY pod_name ${byteOrder(db.dialect)}${lock}`,
        pods,
      );
      return new Set(rows.map((row) => str(row, 'pod_name')));
    },
    /** Cascades to passkeys, sessions, keys, records, consents and retention settings. */
    async delete(id: string): Promise<boolean> {
      return (await db.run('DELETE FROM accounts WHERE id = ?', [id])) > 0;
    },
  };
}
