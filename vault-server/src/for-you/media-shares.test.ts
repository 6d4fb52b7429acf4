import { describe, expect, it } from 'vitest';
import { MEDIA, type MediumId } from '@verwonder/shared/wire/vocabulary.ts';
import { allotSlots, mediaShares } from './media-shares.ts';

const mix = (shares: Partial<Record<MediumId, number>>): Map<MediumId, number> =>
  new Map(MEDIA.flatMap((m) => (shares[m] === undefined ? [] : [[m, shares[m]] as const])));

const total = (allotted: Map<string, number>) =>
  [...allotted.values()].reduce((sum, n) => sum + n, 0);

describe('mediaShares', () => {
  it('normalises the mix over the known media and ignores the rest', () => {
    const shares = mediaShares([
      { key: 'read', weight: 3 },
      { key: 'listen', weight: 1 },
      { key: 'smell', weight: 5 },
      { key: 'watch', weight: -1 },
    ]);
    expect(Object.fromEntries(shares)).toEqual({ read: 0.75, listen: 0.25 });
  });

  it('is empty without any weight', () => {
    expect(mediaShares([]).size).toBe(0);
  });
});

describe('allotSlots', () => {
  it('follows the mix: a mixed history of loans and tickets gets both, not books only', () => {
    const allotted = allotSlots(mix({ read: 0.5, listen: 0.5 }), 12, 0);
    expect(Object.fromEntries(allotted)).toEqual({ read: 6, listen: 6 });
  });

  it('gives a small share at least one slot', () => {
    const allotted = allotSlots(mix({ read: 0.95, listen: 0.05 }), 12, 0);
    expect(allotted.get('listen')).toBe(1);
    expect(total(allotted)).toBe(12);
  });

  it('spends the exploring share on media the person has not used yet', () => {
    const allotted = allotSlots(mix({ read: 0.5, listen: 0.5 }), 12, 0.125);
    expect(allotted.get('watch')).toBe(1);
    expect(allotted.get('experience')).toBe(1);
    expect(total(allotted)).toBe(12);
    // Someone who uses every medium has nothing to explore: all slots follow the mix.
    const everything = allotSlots(
      mix({ read: 0.25, listen: 0.25, watch: 0.25, experience: 0.25 }),
      12,
      0.5,
    );
    expect(Object.fromEntries(everything)).toEqual({ read: 3, watch: 3, listen: 3, experience: 3 });
  });

  it('always hands out exactly the slots, whatever the shares', () => {
    for (const [shares, slots, explore] of [
      [mix({ read: 1 / 3, watch: 1 / 3, listen: 1 / 3 }), 12, 0.25],
      [mix({ read: 0.9, experience: 0.1 }), 3, 1],
      [mix({ read: 0.6, watch: 0.4 }), 1, 0],
    ] as const) {
      expect(total(allotSlots(shares, slots, explore))).toBe(slots);
    }
  });

  it('gives nothing without a mix (the caller ranks over everything)', () => {
    expect(allotSlots(new Map(), 12, 0.5).size).toBe(0);
  });
});
