import fs from 'node:fs';
import { VerwonderError } from '@verwonder/shared';
import {
  loadMasterKey,
  nextKeyFile,
  readKekFile,
  type Kek,
  type MasterKeyOptions,
} from './master-key.ts';

/**
 * The key-encryption keys the vault can use: the master key and, while a rotation is under way, the
 * next one (which then wraps new data keys, so the rotation converges). Re-reads the files when asked
 * for an unknown id, so a running server follows a rotation done by the CLI.
 */
export class Keyring {
  private keks = new Map<string, Kek>();
  private currentKek: Kek;

  constructor(private readonly options: MasterKeyOptions) {
    this.currentKek = this.load();
  }

  private load(): Kek {
    const master = loadMasterKey(this.options);
    this.keks.set(master.id, master);
    const next = nextKeyFile(this.options.file);
    if (!fs.existsSync(next)) return master;
    const pending = readKekFile(next);
    this.keks.set(pending.id, pending);
    return pending;
  }

  /** The key that wraps new data keys; re-checked on each call because rotations happen out of process. */
  current(): Kek {
    this.currentKek = this.load();
    return this.currentKek;
  }

  /** Every key loaded so far (the master key and, during a rotation, the next one). */
  all(): Kek[] {
    return [...this.keks.values()];
  }

  byId(id: string): Kek {
    let kek = this.keks.get(id);
    if (!kek) {
      this.current();
      kek = this.keks.get(id);
    }
    if (!kek) throw new VerwonderError('crypto_error', `no master key with id ${id} is available`);
    return kek;
  }
}
