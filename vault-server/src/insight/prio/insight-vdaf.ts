import { Prio3SumVec } from '@divviup/prio3';
import { BITS, VECTOR_LENGTH } from '../figures-layout.ts';

/**
 * The one VDAF of the insight task: Prio3SumVec over the figures vector, two aggregators. The chunk
 * length near sqrt(length * bits) keeps the proof short (the VDAF draft's advice).
 */
export function insightVdaf(): Prio3SumVec {
  return new Prio3SumVec({
    shares: 2,
    length: VECTOR_LENGTH,
    bits: BITS,
    chunkLength: Math.max(1, Math.round(Math.sqrt(VECTOR_LENGTH * BITS))),
  });
}

export type InsightVdaf = ReturnType<typeof insightVdaf>;
