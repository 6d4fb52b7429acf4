import { describe, expect, it } from 'vitest';
import { optInExplanation } from './opt-in-explanation.ts';

describe('optInExplanation', () => {
  it('states the minimum batch it is given, in Dutch and English', () => {
    for (const n of [2, 100, 250]) {
      const text = optInExplanation(n);
      expect(text.nl).toContain(`minstens ${n} mensen`);
      expect(text.en).toContain(`at least ${n} people`);
      expect(text.nl).toContain('Standaard staat dit uit');
      expect(text.en).toContain('off unless you turn it on');
    }
  });
});
