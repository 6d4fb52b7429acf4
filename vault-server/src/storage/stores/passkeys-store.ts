import type { SqlExecutor, SqlRow } from '../sql-driver.ts';
import { buf, num, optStr, str } from './row.ts';

export interface Passkey {
  /** The credential id, base64url. */
  id: string;
  accountId: string;
  publicKey: Buffer;
  counter: number;
  transports: string[];
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const toPasskey = (row: SqlRow): Passkey => ({
  id: str(row, 'id'),
  accountId: str(row, 'account_id'),
  publicKey: buf(row, 'public_key'),
  counter: num(row, 'counter'),
  transports: str(row, 'transports').split(',').filter(Boolean),
  name: str(row, 'name'),
  createdAt: str(row, 'created_at'),
  lastUsedAt: optStr(row, 'last_used_at'),
});

export function passkeysStore(db: SqlExecutor) {
  return {
    async add(passkey: Passkey): Promise<void> {
      await db.run(
        'INSERT INTO passkeys (id, account_id, public_key, counter, transports, name, created_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [
          passkey.id,
          passkey.accountId,
          passkey.publicKey,
          passkey.counter,
          passkey.transports.join(','),
          passkey.name,
          passkey.createdAt,
          passkey.lastUsedAt,
        ],
      );
    },
    async byId(id: string): Promise<Passkey | undefined> {
      const [row] = await db.all('SELECT * FROM passkeys WHERE id = ?', [id]);
      return row ? toPasskey(row) : undefined;
    },
    async listByAccount(accountId: string): Promise<Passkey[]> {
      const rows = await db.all(
        'SELECT * FROM passkeys WHERE account_id = ? ORDER BY created_at, id',
        [accountId],
      );
      return rows.map(toPasskey);
    },
    async recordUse(id: string, counter: number, at: string): Promise<void> {
      await db.run('UPDATE passkeys SET counter = ?, last_used_at = ? WHERE id = ?', [
        counter,
        at,
        id,
      ]);
    },
    async rename(accountId: string, id: string, name: string): Promise<boolean> {
      return (
        (await db.run('UPDATE passkeys SET name = ? WHERE id = ? AND account_id = ?', [
          name,
          id,
          accountId,
        ])) > 0
      );
    },
    async remove(accountId: string, id: string): Promise<boolean> {
      return (
        (await db.run('DELETE FROM passkeys WHERE id = ? AND account_id = ?', [id, accountId])) > 0
      );
    },
  };
}
