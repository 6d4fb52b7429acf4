import { Buffer } from 'node:buffer';
import {
  createHmac,
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import type { JWK } from 'jose';
import { z } from 'zod';
import { Keyring } from '../../crypto/keyring.ts';
import { keyringSecretBox, type SecretBox } from '../../oauth/keys/secret-box.ts';
import type { SqlExecutor } from '../../storage/sql-driver.ts';
import type { VaultContext } from '../../vault-context.ts';
import { uploadKeyId, VaultUploadJwk } from '../aggregator/trusted-vaults.ts';
import type { Upload } from '../prio/report-wire.ts';
import { signUpload } from '../prio/upload-auth.ts';

/** The additional data the sealed upload key is bound with. */
export const uploadKeyAad = (kid: string): string => `verwonder-insight-upload-key|${kid}`;

export interface UploadKey {
  kid: string;
  /** What the aggregators' operators are given to accept this vault's uploads. */
  publicJwk: VaultUploadJwk;
  privateKey: KeyObject;
  /** Keys the per-aggregator, per-week pseudonyms; never leaves the vault. */
  pseudonymSecret: Buffer;
}

const Sealed = z.object({ d: z.string(), pseudonymSecret: z.string() });

async function read(db: SqlExecutor, box: SecretBox): Promise<UploadKey | undefined> {
  const [row] = await db.all(
    'SELECT kid, public_jwk, private_sealed FROM insight_upload_key WHERE id = ?',
    ['upload'],
  );
  if (!row) return undefined;
  const kid = String(row.kid);
  const publicJwk = VaultUploadJwk.parse(JSON.parse(String(row.public_jwk)));
  const secret = Sealed.parse(
    JSON.parse(box.open(String(row.private_sealed), uploadKeyAad(kid)).toString('utf8')),
  );
  return {
    kid,
    publicJwk,
    privateKey: createPrivateKey({ key: { ...publicJwk, d: secret.d } as JWK, format: 'jwk' }),
    pseudonymSecret: Buffer.from(secret.pseudonymSecret, 'base64url'),
  };
}

/** A new upload key and pseudonym secret (in memory). */
export async function generateUploadKey(): Promise<UploadKey> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' });
  const publicJwk = VaultUploadJwk.parse({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
  return {
    kid: await uploadKeyId(publicJwk),
    publicJwk,
    privateKey,
    pseudonymSecret: randomBytes(32),
  };
}

/**
 * The vault's ES256 upload key and pseudonym secret: generated on first use, stored sealed by the
 * master key, one per vault (every process of a fleet reads the row the first one wrote).
 */
export async function loadUploadKey(db: SqlExecutor, box: SecretBox): Promise<UploadKey> {
  const existing = await read(db, box);
  if (existing) return existing;
  const key = await generateUploadKey();
  const jwk = key.privateKey.export({ format: 'jwk' });
  const kid = key.kid;
  const publicJwk = key.publicJwk;
  const sealed = box.seal(
    Buffer.from(
      JSON.stringify({ d: jwk.d, pseudonymSecret: key.pseudonymSecret.toString('base64url') }),
    ),
    uploadKeyAad(kid),
  );
  await db.run(
    'INSERT INTO insight_upload_key (id, kid, public_jwk, private_sealed, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
    ['upload', kid, JSON.stringify(publicJwk), sealed, new Date().toISOString()],
  );
  return (await read(db, box))!;
}

/** The person's pseudonym at one aggregator for one week: unlinkable across weeks and aggregators. */
export function pseudonym(
  key: UploadKey,
  role: 'leader' | 'helper',
  week: string,
  pod: string,
): string {
  return createHmac('sha256', key.pseudonymSecret)
    .update(`verwonder-insight-pseudonym|${role}|${week}|${pod}`)
    .digest('base64url');
}

/** Signs each aggregator's part of a report with the person's pseudonym at that aggregator this week. */
export function signReport(key: UploadKey, report: Upload, pod: string): Upload {
  const auth = (role: 'leader' | 'helper') =>
    signUpload(
      key.privateKey,
      role,
      { ...report, share: role === 'leader' ? report.leaderShare : report.helperShare },
      { kid: key.kid, pseudonym: pseudonym(key, role, report.batch, pod) },
    );
  return { ...report, leaderAuth: auth('leader'), helperAuth: auth('helper') };
}

const perVault = new WeakMap<object, Promise<UploadKey>>();

/** This vault's upload key (one load per process); sealed by the vault's master key. */
export function insightUploadKey(ctx: VaultContext): Promise<UploadKey> {
  let key = perVault.get(ctx);
  if (!key) {
    const box = keyringSecretBox(
      new Keyring({
        file: ctx.config.masterKeyFile,
        generate: ctx.config.generateMasterKey,
        warn: (message) => ctx.logger.warn(message),
      }),
    );
    key = loadUploadKey(ctx.storage.driver, box);
    // A failure (e.g. the tables not migrated yet) is tried again next time.
    key.catch(() => perVault.delete(ctx));
    perVault.set(ctx, key);
  }
  return key;
}
