import type { FieldBox } from '../vault-storage.ts';
import type { SqlExecutor, SqlRow } from '../sql-driver.ts';
import { openOr } from '../../crypto/field-protector.ts';
import { sealingFields } from '../sealing-lock.ts';
import { resealColumn } from './reseal-column.ts';
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

/** A passkey's name is sealed at rest, bound to its credential id. */
const nameContext = (id: string): string => `passkey|${id}|name`;

const toPasskey = (row: SqlRow, box: FieldBox): Passkey => ({
  id: str(row, 'id'),
  accountId: str(row, 'account_id'),
  publicKey: buf(row, 'public_key'),
  counter: num(row, 'counter'),
  transports: str(row, 'transports').split(',').filter(Boolean),
  // Unreadable (a master key lost): the default name stands in until the person renames it.
  name: openOr(box.fields, nameContext(str(row, 'id')), str(row, 'name'), 'Passkey'),
  createdAt: str(row, 'created_at'),
  lastUsedAt: optStr(row, 'last_used_at'),
});

export function passkeysStore(db: SqlExecutor, box: FieldBox) {
  const read = (row: SqlRow) => toPasskey(row, box);
  return {
    async add(passkey: Passkey): Promise<void> {
      await sealingFields(db, (tx) =>
        tx.run(
          'INSERT INTO passkeys (id, account_id, public_key, counter, transports, name, created_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [
            passkey.id,
            passkey.accountId,
            passkey.publicKey,
            passkey.counter,
            passkey.transports.join(','),
            box.fields.seal(nameContext(passkey.id), passkey.name),
            passkey.createdAt,
            passkey.lastUsedAt,
          ],
        ),
      );
    },
    async byId(id: string): Promise<Passkey | undefined> {
      const [row] = await db.all('SELECT * FROM passkeys WHERE id = ?', [id]);
      return row ? read(row) : undefined;
    },
    async listByAccount(accountId: string): Promise<Passkey[]> {
      const rows = await db.all(
        'SELECT * FROM passkeys WHERE account_id = ? ORDER BY created_at, id',
        [accountId],
      );
      return rows.map(read);
    },
    /**
     * The account's passkeys, locked (PostgreSQL) in this one order until the transaction ends: a
     * second removal waits, then counts what the first one left, so two at once never remove the last.
     */
    async lockByAccount(accountId: string): Promise<Passkey[]> {
      const lock = db.dialect === 'postgres' ? ' FOR UPDATE' : '';
      const rows = await db.all(
        `SELECT * FROM passkeys WHERE account_id = ? ORDER BY created_at, id${lock}`,
        [accountId],
      );
      return rows.map(read);
    },
    /**
     * Stores a use and its signature counter; false when the counter did not grow past the stored
     * one (a cloned authenticator, or the same answer twice). Authenticators without a counter
     * always send 0.
     */
    async recordUse(id: string, counter: number, at: string): Promise<boolean> {
      return (
        (await db.run(
          'UPDATE passkeys SET counter = ?, last_used_at = ? WHERE id = ? AND (? = 0 OR counter < ?)',
          [counter, at, id, counter, counter],
        )) > 0
      );
    },
    async rename(accountId: string, id: string, name: string): Promise<boolean> {
      const changed = await sealingFields(db, (tx) =>
        tx.run('UPDATE passkeys SET name = ? WHERE id = ? AND account_id = ?', [
          box.fields.seal(nameContext(id), name),
          id,
          accountId,
        ]),
      );
      return changed > 0;
    },
    /**
     * Re-seals names stored in plaintext or under an older master key; returns how many. One that
     * cannot be opened is left as it is and reported to `unreadable`.
     */
    resealFields: (unreadable?: (what: string) => void): Promise<number> =>
      resealColumn(
        db,
        box.fields,
        {
          table: 'passkeys',
          column: 'name',
          context: nameContext,
          describe: (row) => `the name of passkey ${str(row, 'id').slice(0, 8)}`,
        },
        unreadable,
      ),
    async remove(accountId: string, id: string): Promise<boolean> {
      return (
        (await db.run('DELETE FROM passkeys WHERE id = ? AND account_id = ?', [id, accountId])) > 0
      );
    },
  };
}
