import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';

import { mapInIdleSlices } from './schedule.ts';

describe('mapInIdleSlices', () => {
  it('maps every input, in order, across as many slices as it needs', async () => {
    const view = new Window() as unknown as globalThis.Window;
    const inputs = Array.from({ length: 1000 }, (_, i) => i);
    expect(await mapInIdleSlices(view, inputs, (n) => n * 2)).toEqual(inputs.map((n) => n * 2));
    expect(await mapInIdleSlices(view, [], (n: number) => n)).toEqual([]);
  });
});
