import fs from 'node:fs';
import { unwrapKey, wrapKey } from './aead.ts';
import { dataKeyAad } from './data-keys.ts';
import { Keyring } from './keyring.ts';
import { createKekFile, nextKeyFile, readKekFile } from './master-key.ts';
import { rewrapUploadKey } from '../insight/vault/rewrap-upload-key.ts';
import { rewrapSigningKeys } from '../oauth/keys/rewrap-signing-keys.ts';
import { waitForSealingWriters } from '../storage/sealing-lock.ts';
import type { VaultStorage } from '../storage/vault-storage.ts';

export interface RotateMasterKeyOptions {
  masterKeyFile: string;
  batchSize?: number;
  /** Called after each re-wrapped key (progress; tests use it to simulate an interruption). */
  onRewrapped?: (total: number) => void;
}

export interface RotateMasterKeyResult {
  previousKekId: string;
  kekId: string;
  rewrapped: number;
  /**
   * OAuth signing keys and the insight upload key re-sealed (a process started after the rotation
   * must open them too).
   */
  signingKeys: number;
}

/**
 * Re-wraps every data key and OAuth signing key with a new master key; the records are not touched. The new key is kept
 * in `<file>.next` until all keys are re-wrapped, so an interrupted run resumes with the same key;
 * then it replaces the master key file (atomic rename) and a last pass catches keys created meanwhile
 * (data keys settle themselves; for sealed fields it first waits for the writers sealing them).
 */
export async function rotateMasterKey(
  db: VaultStorage,
  options: RotateMasterKeyOptions,
): Promise<RotateMasterKeyResult> {
  const nextFile = nextKeyFile(options.masterKeyFile);
  const previous = readKekFile(options.masterKeyFile);
  const next = fs.existsSync(nextFile) ? readKekFile(nextFile) : createKekFile(nextFile);
  const keyring = new Keyring({ file: options.masterKeyFile, generate: false });
  const batchSize = options.batchSize ?? 200;
  let rewrapped = 0;
  let signingKeys = 0;

  const pass = async (): Promise<void> => {
    for (;;) {
      const batch = await db.dataKeys.wrappedByOther(next.id, batchSize);
      if (batch.length === 0) return;
      for (const row of batch) {
        const aad = dataKeyAad(row.pod, row.category, row.version);
        const dataKey = unwrapKey(keyring.byId(row.kekId).key, row.wrapped, aad);
        if (await db.dataKeys.rewrap(row, next.id, wrapKey(next.key, dataKey, aad))) {
          rewrapped += 1;
          options.onRewrapped?.(rewrapped);
        }
        dataKey.fill(0);
      }
    }
  };

  // Display and passkey names and pending sign-ups are sealed with a key derived from the master
  // key: re-seal them too.
  const resealFields = async () => {
    await db.accounts.resealFields();
    await db.passkeys.resealFields();
    await db.challenges.resealFields();
  };
  await pass();
  await resealFields();
  signingKeys += await rewrapSigningKeys(db.driver, keyring, next);
  signingKeys += await rewrapUploadKey(db.driver, keyring, next);
  fs.renameSync(nextFile, options.masterKeyFile);
  // A field sealed under the old key by a writer still running (any process) is committed first.
  await waitForSealingWriters(db.driver);
  await pass();
  await resealFields();
  // A key a running process started meanwhile was sealed with the old master key.
  signingKeys += await rewrapSigningKeys(db.driver, keyring, next);
  signingKeys += await rewrapUploadKey(db.driver, keyring, next);
  return { previousKekId: previous.id, kekId: next.id, rewrapped, signingKeys };
}
