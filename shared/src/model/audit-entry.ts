import { z } from 'zod';
import { DataCategoryId } from './data-category.ts';
import { Purpose } from './purpose.ts';

export const AuditAction = z.enum([
  'account-created',
  'sign-in',
  'sign-out',
  'sessions-revoked',
  'passkey-added',
  'passkey-renamed',
  'passkey-removed',
  'recovery-codes-created',
  'recovery-code-used',
  'record-created',
  'record-read',
  'records-listed',
  'record-updated',
  'record-deleted',
  'records-imported',
  'dna-read',
  'suggestions-ranked',
  'grant-created',
  'grant-revoked',
  'token-issued',
  'export',
  'pod-imported',
  'erasure',
  'retention-changed',
  'retention-purge',
  /** The owner switched a category's use for personalisation on or off (the data stays). */
  'personalisation-changed',
  'key-rotated',
  /** A request that was turned away (wrong key, revoked grant, missing scope, another account); `detail` says what it tried. */
  'refused',
]);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditActor = z.discriminatedUnion('type', [
  z.object({ type: z.literal('owner') }).strict(),
  z
    .object({
      type: z.literal('client'),
      clientId: z.url(),
      grantId: z.string().max(100).optional(),
    })
    .strict(),
  z.object({ type: z.literal('system'), job: z.string().min(1).max(100) }).strict(),
  /** Another signed-in account of this vault; not named, since who holds it is not this pod's business. */
  z.object({ type: z.literal('account') }).strict(),
]);
export type AuditActor = z.infer<typeof AuditActor>;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** One entry in a pod's append-only log; `hash` commits to `prevHash`, so a gap or an edit shows. */
export const AuditEntry = z
  .object({
    podId: z.string().min(1).max(100),
    seq: z.number().int().nonnegative(),
    time: z.iso.datetime({ offset: true }),
    actor: AuditActor,
    action: AuditAction,
    category: DataCategoryId.optional(),
    purpose: Purpose.optional(),
    recordIds: z.array(z.string().max(200)).max(1000).optional(),
    /** Short, non-personal detail (counts, a passkey's name): never record contents. */
    detail: z.string().max(500).optional(),
    prevHash: Sha256Hex,
    hash: Sha256Hex,
  })
  .strict();
export type AuditEntry = z.infer<typeof AuditEntry>;

/** The hash of the first entry's predecessor. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);
