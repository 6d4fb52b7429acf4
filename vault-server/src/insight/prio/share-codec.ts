import { Buffer } from 'node:buffer';
import { VerwonderError } from '@verwonder/shared';
import type { InsightVdaf } from './insight-vdaf.ts';

/**
 * Wire forms of the Prio3 values the package does not decode itself. An input share travels expanded
 * (measurement and proof shares as field elements) so that neither aggregator needs the package's
 * private seed expansion; it is sealed for its aggregator, so its size is the only cost.
 */
type Prio3Args<M extends 'prepareInit'> = Parameters<InsightVdaf[M]>;
export type InputShare = Prio3Args<'prepareInit'>[5];
export type PublicShare = Prio3Args<'prepareInit'>[4];
export type PrepShare = Awaited<ReturnType<InsightVdaf['prepareInit']>>['preparationShare'];

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
const bytes = (text: string): Buffer => Buffer.from(text, 'base64url');

function decodeField(vdaf: InsightVdaf, encoded: Buffer, length: number, what: string): bigint[] {
  const field = vdaf.flp.field;
  if (encoded.length !== length * field.encodedSize) throw rejected(`${what} has the wrong length`);
  const values = field.decode(encoded);
  if (values.some((value) => value >= field.modulus)) throw rejected(`${what} is not in the field`);
  return values;
}

export const rejected = (why: string): VerwonderError =>
  new VerwonderError('unprocessable', `report rejected: ${why}`, {
    details: { reason: 'report_rejected' },
  });

export function encodeInputShare(vdaf: InsightVdaf, share: InputShare): Buffer {
  const field = vdaf.flp.field;
  return Buffer.concat([
    field.encode(share.measurementShare),
    field.encode(share.proofsShare),
    share.blind,
  ]);
}

export function decodeInputShare(vdaf: InsightVdaf, encoded: Buffer): InputShare {
  const { flp, proofs, xof } = vdaf;
  const size = flp.field.encodedSize;
  const measurementBytes = flp.measurementLen * size;
  const proofBytes = flp.proofLen * proofs * size;
  if (encoded.length !== measurementBytes + proofBytes + xof.seedSize)
    throw rejected('input share has the wrong length');
  return {
    measurementShare: decodeField(
      vdaf,
      encoded.subarray(0, measurementBytes),
      flp.measurementLen,
      'measurement share',
    ),
    proofsShare: decodeField(
      vdaf,
      encoded.subarray(measurementBytes, measurementBytes + proofBytes),
      flp.proofLen * proofs,
      'proof share',
    ),
    blind: encoded.subarray(measurementBytes + proofBytes),
    wireMeasurementShare: Buffer.alloc(0),
    wireProofShare: Buffer.alloc(0),
  } as InputShare;
}

export const encodePublicShare = (share: PublicShare): string[] => share.jointRandParts.map(b64);

export function decodePublicShare(vdaf: InsightVdaf, parts: readonly string[]): PublicShare {
  const decoded = parts.map(bytes);
  if (decoded.length !== vdaf.shares || decoded.some((part) => part.length !== vdaf.xof.seedSize))
    throw rejected('public share has the wrong form');
  return { jointRandParts: decoded } as PublicShare;
}

export function encodePrepShare(
  vdaf: InsightVdaf,
  share: PrepShare,
): { verifiers: string; jointRandPart: string } {
  return {
    verifiers: b64(vdaf.flp.field.encode(share.verifiersShare)),
    jointRandPart: b64(share.jointRandomnessPart),
  };
}

export function decodePrepShare(
  vdaf: InsightVdaf,
  wire: { verifiers: string; jointRandPart: string },
): PrepShare {
  const part = bytes(wire.jointRandPart);
  if (part.length !== vdaf.xof.seedSize) throw rejected('preparation share has the wrong form');
  return {
    verifiersShare: decodeField(
      vdaf,
      bytes(wire.verifiers),
      vdaf.flp.verifierLen * vdaf.proofs,
      'verifier share',
    ),
    jointRandomnessPart: part,
  } as PrepShare;
}

export const encodeAggregate = (vdaf: InsightVdaf, share: readonly bigint[]): Buffer =>
  Buffer.from(vdaf.flp.field.encode([...share]));
export const decodeAggregate = (vdaf: InsightVdaf, encoded: Buffer): bigint[] =>
  decodeField(vdaf, encoded, vdaf.flp.outputLen, 'aggregate share');
export const zeroAggregate = (vdaf: InsightVdaf): bigint[] =>
  new Array<bigint>(vdaf.flp.outputLen).fill(0n);
export const addAggregate = (
  vdaf: InsightVdaf,
  a: readonly bigint[],
  b: readonly bigint[],
): bigint[] => vdaf.flp.field.vecAdd([...a], [...b]);
