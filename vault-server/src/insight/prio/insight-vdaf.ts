import { Prio3SumVec } from '@divviup/prio3';
import { MEASUREMENT_LENGTH } from '../figures-measurement.ts';

/**
 * The one VDAF of the insight task: Prio3SumVec over the figures as binary digits (layout 3,
 * `figures-measurement.ts`), two aggregators. Bits 1: the proof check confines every digit to 0 or
 * 1, so a count of people is 0 or 1 per report whatever the vault says. The chunk length near
 * sqrt(length * bits) keeps the proof short (the VDAF draft's advice).
 */
export function insightVdaf(): Prio3SumVec {
  return new Prio3SumVec({
    shares: 2,
    length: MEASUREMENT_LENGTH,
    bits: 1,
    chunkLength: Math.max(1, Math.round(Math.sqrt(MEASUREMENT_LENGTH))),
  });
}

export type InsightVdaf = ReturnType<typeof insightVdaf>;
