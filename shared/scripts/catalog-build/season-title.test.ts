import { describe, expect, it } from 'vitest';
import { reseason } from './season-title.ts';

describe('reseason', () => {
  it('names the season of the dates in the form the title uses', () => {
    expect(reseason('Algemene kennisquiz: wintereditie', 'herfst')).toBe(
      'Algemene kennisquiz: herfsteditie',
    );
    expect(reseason('Latin Night: editie lente', 'winter')).toBe('Latin Night: editie winter');
    expect(reseason('Echo Club – voorjaarstour', 'herfst')).toBe('Echo Club – najaarstour');
    expect(reseason('Zomerbal', 'lente')).toBe('Lentebal');
    expect(reseason('Zomerfestival Ekeren', 'herfst')).toBe('Herfstfestival Ekeren');
    expect(reseason('Wandeling: het Middelheimpark in de herfst', 'zomer')).toBe(
      'Wandeling: het Middelheimpark in de zomer',
    );
    // Names of their own have no other season: the line gives another title.
    expect(reseason('Zomer van Antwerpen', 'herfst')).toBeUndefined();
    expect(reseason('Middelheim: Zomerbeelden', 'winter')).toBeUndefined();
  });
});
