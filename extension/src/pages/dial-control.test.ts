import { describe, expect, it } from 'vitest';

import { nearestPreset } from './dial-control.tsx';

describe('nearestPreset (the dial in words)', () => {
  it.each([
    [0, 'vertrouwd'],
    [0.2, 'vertrouwd'],
    [0.5, 'default'],
    [0.6, 'default'],
    [0.8, 'verras-me'],
    [1, 'verras-me'],
  ] as const)('names %s as %s', (dial, preset) => {
    expect(nearestPreset(dial)).toBe(preset);
  });
});
