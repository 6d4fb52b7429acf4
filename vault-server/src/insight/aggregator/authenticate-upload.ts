import { VerwonderError } from '@verwonder/shared';
import type { SealedShare } from '../prio/hpke-envelope.ts';
import { verifyUpload, type UploadAuth } from '../prio/upload-auth.ts';
import type { AggregatorStore } from '../storage/aggregator-store.ts';
import type { TrustedVaults } from './trusted-vaults.ts';

/** Who uploaded, as far as one aggregator knows: a vault's key id and a per-week pseudonym. */
export interface Uploader {
  vault: string;
  pseudonym: string;
}

export const alreadyUploaded = (): VerwonderError =>
  new VerwonderError('conflict', 'this person already reported this week', {
    details: { reason: 'already_reported' },
  });

/**
 * The upload's signature by a known vault over this aggregator's part (401 otherwise), and at the
 * leader the person's pseudonym for this aggregator and week not seen before (409 otherwise; the
 * insert in the report's transaction settles a race). The helper decides in that transaction: a
 * repeat there may be a retry of a report whose answer the leader lost (`AggregatorService`).
 */
export async function authenticateUpload(
  aggregator: {
    options: { role: 'leader' | 'helper'; vaults: TrustedVaults };
    store: AggregatorStore;
  },
  body: { reportId: string; batch: string; nonce: string; publicShare: string[] },
  share: SealedShare,
  auth: UploadAuth | undefined,
): Promise<Uploader> {
  const unauthenticated = (why: string) =>
    new VerwonderError('unauthenticated', `the upload is not signed by a known vault: ${why}`);
  if (!auth) throw unauthenticated('no signature');
  const key = await aggregator.options.vaults.key(auth.kid);
  if (!key) throw unauthenticated('unknown vault key');
  if (!verifyUpload(key, aggregator.options.role, { ...body, share }, auth))
    throw unauthenticated('bad signature');
  const uploader = { vault: auth.kid, pseudonym: auth.pseudonym };
  if (
    aggregator.options.role === 'leader' &&
    (await aggregator.store.uploaded(uploader.vault, body.batch, uploader.pseudonym))
  )
    throw alreadyUploaded();
  return uploader;
}
