import { z } from 'zod';
import { isIsoWeek, IsoWeekPattern } from '../iso-week.ts';
import { UploadAuth } from './upload-auth.ts';

const B64 = z
  .string()
  .regex(/^[A-Za-z0-9_-]*$/)
  .max(200_000);
export const Sealed = z.object({ enc: B64.max(100), ct: B64 }).strict();
/** An ISO week that exists (no week 53 in a 52-week year): the batch of every upload and collection. */
export const Batch = z
  .string()
  .regex(IsoWeekPattern, 'an ISO week such as 2026-W49')
  .refine(isIsoWeek, 'an ISO week that exists, such as 2026-W49');
export const ReportId = z.string().regex(/^[A-Za-z0-9_-]{22}$/, '16 random bytes, base64url');

/**
 * What a vault uploads to the leader: one report, each input share sealed for its aggregator, each
 * aggregator's part signed by the vault (optional here so that a missing signature is a 401).
 */
export const Upload = z
  .object({
    reportId: ReportId,
    batch: Batch,
    nonce: B64.length(22),
    publicShare: z.array(B64.max(100)).length(2),
    leaderShare: Sealed,
    helperShare: Sealed,
    leaderAuth: UploadAuth.optional(),
    helperAuth: UploadAuth.optional(),
  })
  .strict();
export type Upload = z.infer<typeof Upload>;

export const PrepShareWire = z.object({ verifiers: B64, jointRandPart: B64.max(100) }).strict();

/** What the leader sends the helper to prepare one report together. */
export const HelperPrepare = z
  .object({
    reportId: ReportId,
    batch: Batch,
    nonce: B64.length(22),
    publicShare: z.array(B64.max(100)).length(2),
    helperShare: Sealed,
    helperAuth: UploadAuth.optional(),
    leaderPrepShare: PrepShareWire,
  })
  .strict();
export type HelperPrepare = z.infer<typeof HelperPrepare>;

/** The leader names the reports it accepted: the helper's share must be over exactly those. */
export const AggregateShareWire = z
  .object({
    batch: Batch,
    reports: z.number().int().min(0),
    share: B64,
    reportIds: z.array(ReportId).optional(),
  })
  .strict();
/** What the collector sends the helper to collect a batch: the leader's accepted reports. */
export const CollectBody = z.object({ reportIds: z.array(ReportId).max(2_000_000) }).strict();
export type AggregateShareWire = z.infer<typeof AggregateShareWire>;

/** The aad binding a sealed share to its report, its batch and its aggregator. */
export const shareAad = (role: 'leader' | 'helper', reportId: string, batch: string): string =>
  `${role}|${reportId}|${batch}`;

/**
 * `earlier`: reports of the same person and week the helper still holds (a retry after a lost
 * answer); the leader refuses this one when it accepted any of them.
 */
export const HelperPrepareResponse = z
  .object({ helperPrepShare: PrepShareWire, earlier: z.array(ReportId).max(100).optional() })
  .strict();
export type HelperPrepareResponse = z.infer<typeof HelperPrepareResponse>;
