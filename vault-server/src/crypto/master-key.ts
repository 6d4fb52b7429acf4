import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { VerwonderError } from '@verwonder/shared';
import { KEY_BYTES } from './aead.ts';

/** A key-encryption key and its public id (a hash, so rows can say which key wrapped them). */
export interface Kek {
  id: string;
  key: Buffer;
}

const PREFIX = 'vwk1:';

export function kekFromBytes(key: Buffer): Kek {
  const id = createHash('sha256').update('verwonder-kek-id').update(key).digest('hex').slice(0, 16);
  return { id, key };
}

export function readKekFile(file: string): Kek {
  const text = fs.readFileSync(file, 'utf8').trim();
  if (!text.startsWith(PREFIX))
    throw new VerwonderError('config_error', `${file} is not a Verwonder master key file`);
  const key = Buffer.from(text.slice(PREFIX.length), 'base64url');
  if (key.length !== KEY_BYTES)
    throw new VerwonderError('config_error', `${file} does not hold a 256-bit key`);
  return kekFromBytes(key);
}

/** Writes a new random key readable by the owner only; fails if the file exists (never overwrite a key). */
export function createKekFile(file: string): Kek {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(KEY_BYTES);
  fs.writeFileSync(file, `${PREFIX}${key.toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  fs.chmodSync(file, 0o600);
  return kekFromBytes(key);
}

export interface MasterKeyOptions {
  file: string;
  /** Generate the file when missing (the embedded default outside production). */
  generate: boolean;
  warn?: (message: string) => void;
}

export function loadMasterKey(options: MasterKeyOptions): Kek {
  if (!fs.existsSync(options.file)) {
    if (!options.generate)
      throw new VerwonderError('config_error', `master key file ${options.file} does not exist`);
    return createKekFile(options.file);
  }
  const mode = fs.statSync(options.file).mode & 0o077;
  if (mode !== 0)
    options.warn?.(`master key file ${options.file} is readable by group or others; chmod 600 it`);
  return readKekFile(options.file);
}

/** During a master-key rotation the new key waits here until every data key is re-wrapped. */
export const nextKeyFile = (file: string): string => `${file}.next`;
