import type { FieldProtector } from '../../crypto/field-protector.ts';
import { sealingFields } from '../sealing-lock.ts';
import type { SqlExecutor, SqlRow } from '../sql-driver.ts';
import { str } from './row.ts';

/** A column of sealed values, one per row with an `id`. */
export interface SealedColumn {
  table: 'accounts' | 'passkeys' | 'challenges';
  column: string;
  /** What the value is sealed to (its row and column): a value moved elsewhere does not open. */
  context(id: string): string;
  /** Other columns `describe` reads. */
  extra?: readonly string[];
  /** How a value that cannot be opened is named to `unreadable`; without it, it is skipped quietly. */
  describe?(row: SqlRow): string;
}

/**
 * Re-seals the column's values stored in plaintext or under an older master key, under the sealing
 * lock (a master-key rotation waits for it); returns how many. A value that cannot be opened (its
 * master key no longer at hand) is left as it is and reported to `unreadable`.
 */
export function resealColumn(
  db: SqlExecutor,
  fields: FieldProtector,
  { table, column, context, extra = [], describe }: SealedColumn,
  unreadable: (what: string) => void = () => {},
): Promise<number> {
  return sealingFields(db, async (tx) => {
    let changed = 0;
    for (const row of await tx.all(`SELECT ${['id', column, ...extra].join(', ')} FROM ${table}`)) {
      const [id, stored] = [str(row, 'id'), str(row, column)];
      if (!fields.stale(stored)) continue;
      let plain: string;
      try {
        plain = fields.open(context(id), stored);
      } catch {
        if (describe) unreadable(describe(row));
        continue;
      }
      changed += await tx.run(`UPDATE ${table} SET ${column} = ? WHERE id = ? AND ${column} = ?`, [
        fields.seal(context(id), plain),
        id,
        stored,
      ]);
    }
    return changed;
  });
}
