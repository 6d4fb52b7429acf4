import type { FieldBox } from '../vault-storage.ts';
import type { SqlExecutor } from '../sql-driver.ts';
import { sealingFields } from '../sealing-lock.ts';
import { resealColumn } from './reseal-column.ts';
import { str } from './row.ts';

/** One-time recovery codes (hashed) and pending WebAuthn challenges. */
export function recoveryCodesStore(db: SqlExecutor) {
  return {
    /** Replaces every code of the account: issuing new codes voids the old ones. */
    async replace(accountId: string, hashes: readonly string[], at: string): Promise<void> {
      await db.run('DELETE FROM recovery_codes WHERE account_id = ?', [accountId]);
      for (const hash of hashes) {
        await db.run(
          'INSERT INTO recovery_codes (account_id, code_hash, created_at, used_at) VALUES (?, ?, ?, NULL)',
          [accountId, hash, at],
        );
      }
    },
    /** Marks the code used; true only the first time, so a code works once. */
    async consume(accountId: string, hash: string, at: string): Promise<boolean> {
      const changed = await db.run(
        'UPDATE recovery_codes SET used_at = ? WHERE account_id = ? AND code_hash = ? AND used_at IS NULL',
        [at, accountId, hash],
      );
      return changed > 0;
    },
    async remaining(accountId: string): Promise<number> {
      const [row] = await db.all(
        'SELECT COUNT(*) AS n FROM recovery_codes WHERE account_id = ? AND used_at IS NULL',
        [accountId],
      );
      return Number(row?.n ?? 0);
    },
  };
}

export interface Challenge {
  id: string;
  challenge: string;
  /** `confirm`: a signed-in person proving it is them before changing how they sign in. */
  purpose: 'register' | 'authenticate' | 'add-passkey' | 'confirm';
  /** JSON: what the ceremony was started for (the pending account, the signed-in account). */
  payload: string;
  expiresAt: string;
}

/** A sign-up challenge's payload holds the display name: sealed like the account's. */
const payloadContext = (id: string): string => `challenge|${id}|payload`;

export function challengesStore(db: SqlExecutor, box: FieldBox) {
  return {
    async put(challenge: Challenge): Promise<void> {
      await sealingFields(db, (tx) =>
        tx.run(
          'INSERT INTO challenges (id, challenge, purpose, payload, expires_at) VALUES (?, ?, ?, ?, ?)',
          [
            challenge.id,
            challenge.challenge,
            challenge.purpose,
            box.fields.seal(payloadContext(challenge.id), challenge.payload),
            challenge.expiresAt,
          ],
        ),
      );
    },
    /**
     * Returns and deletes in one statement: a challenge is answered at most once, also when the same
     * answer arrives several times at once (a read, then a delete, let each of them through).
     */
    async take(id: string, now: string): Promise<Challenge | undefined> {
      const [row] = await db.all('DELETE FROM challenges WHERE id = ? RETURNING *', [id]);
      if (!row) return undefined;
      if (str(row, 'expires_at') <= now) return undefined;
      const purpose = str(row, 'purpose');
      if (
        purpose !== 'register' &&
        purpose !== 'authenticate' &&
        purpose !== 'add-passkey' &&
        purpose !== 'confirm'
      )
        return undefined;
      let payload: string;
      try {
        payload = box.fields.open(payloadContext(str(row, 'id')), str(row, 'payload'));
      } catch {
        // Sealed under a master key this process does not hold (rotated since): start again.
        return undefined;
      }
      return {
        id: str(row, 'id'),
        challenge: str(row, 'challenge'),
        purpose,
        payload,
        expiresAt: str(row, 'expires_at'),
      };
    },
    /**
     * Re-seals pending payloads under an older master key (a master-key rotation), so a ceremony
     * started before the rotation can be finished by a process started after it; returns how many.
     */
    // One under a master key gone before this one is skipped: take() answers it as no challenge.
    resealFields: (): Promise<number> =>
      resealColumn(db, box.fields, {
        table: 'challenges',
        column: 'payload',
        context: payloadContext,
      }),
    async deleteExpired(now: string): Promise<number> {
      return db.run('DELETE FROM challenges WHERE expires_at <= ?', [now]);
    },
  };
}
