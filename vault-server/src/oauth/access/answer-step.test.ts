import { describe, expect, it } from 'vitest';
import { answerStepHold } from './answer-step.ts';

describe('answerStepHold', () => {
  it('holds an answer until the end of the step it fell in, at least one', () => {
    expect(answerStepHold(0, 200)).toBe(200);
    expect(answerStepHold(5, 200)).toBe(195);
    expect(answerStepHold(53, 200)).toBe(147);
    expect(answerStepHold(200, 200)).toBe(0);
    expect(answerStepHold(201, 200)).toBe(199);
  });

  it('answers a small and a large profile at the same moment when both fit in one step', () => {
    expect(5 + answerStepHold(5, 200)).toBe(53 + answerStepHold(53, 200));
  });

  it('holds nothing without a step', () => {
    expect(answerStepHold(53, 0)).toBe(0);
  });
});
