import { describe, expect, it } from 'vitest';
import { distanceKm, isInsideAntwerp } from './geo.ts';

describe('geo', () => {
  it('knows what lies inside Antwerp', () => {
    expect(isInsideAntwerp({ latitude: 51.2289, longitude: 4.4049 })).toBe(true); // MAS
    expect(isInsideAntwerp({ latitude: 50.8467, longitude: 4.3525 })).toBe(false); // Brussels
  });

  it('measures distances in kilometres', () => {
    const mas = { latitude: 51.2289, longitude: 4.4049 };
    const desingel = { latitude: 51.1932, longitude: 4.4097 };
    expect(distanceKm(mas, desingel)).toBeCloseTo(3.98, 1);
  });
});
