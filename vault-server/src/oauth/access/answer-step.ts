/**
 * How long to hold an answer that took `elapsedMs` so that it leaves at the next whole multiple of
 * `stepMs` (at least one step): what its time can tell is which step it fell in, not how much work
 * it was. `stepMs` 0 holds nothing.
 */
export function answerStepHold(elapsedMs: number, stepMs: number): number {
  if (!(stepMs > 0)) return 0;
  return Math.max(1, Math.ceil(elapsedMs / stepMs)) * stepMs - elapsedMs;
}

/** Resolves when an answer begun at `startedMs` (performance.now()) may leave. */
export function untilAnswerStep(startedMs: number, stepMs: number): Promise<void> {
  const hold = answerStepHold(performance.now() - startedMs, stepMs);
  return hold > 0 ? new Promise((resolve) => setTimeout(resolve, hold)) : Promise.resolve();
}
