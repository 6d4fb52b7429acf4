import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { sealShare } from './hpke-envelope.ts';
import { toMeasurement } from '../figures-measurement.ts';
import type { InsightVdaf } from './insight-vdaf.ts';
import { shareAad, type Upload } from './report-wire.ts';
import { encodeInputShare, encodePublicShare } from './share-codec.ts';

export interface AggregatorKeys {
  leader: Uint8Array;
  helper: Uint8Array;
}

/**
 * Shards one week's figures vector (`toVector`), written as binary digits (`toMeasurement`, which
 * refuses an entry out of range), into two input shares and seals each for its aggregator.
 */
export async function makeReport(
  vdaf: InsightVdaf,
  figures: readonly number[],
  batch: string,
  keys: AggregatorKeys,
): Promise<Upload> {
  const reportId = randomBytes(16).toString('base64url');
  const nonce = randomBytes(vdaf.nonceSize);
  const { publicShare, inputShares } = await vdaf.shard(
    toMeasurement(figures),
    nonce,
    randomBytes(vdaf.randSize),
  );
  const [leader, helper] = inputShares as [
    Parameters<typeof encodeInputShare>[1],
    Parameters<typeof encodeInputShare>[1],
  ];
  return {
    reportId,
    batch,
    nonce: Buffer.from(nonce).toString('base64url'),
    publicShare: encodePublicShare(publicShare),
    leaderShare: await sealShare(
      keys.leader,
      encodeInputShare(vdaf, leader),
      shareAad('leader', reportId, batch),
    ),
    helperShare: await sealShare(
      keys.helper,
      encodeInputShare(vdaf, helper),
      shareAad('helper', reportId, batch),
    ),
  };
}
