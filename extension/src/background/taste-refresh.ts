export interface TasteRefreshDeps {
  now: () => number;
  /** Runs `fn` after `ms` (setTimeout in the worker). */
  later: (fn: () => void, ms: number) => void;
  /** Sends the queue and reads the vault's records again. */
  refresh: () => void;
  intervalMs: number;
}

export interface TasteRefresh {
  /** A read of the vault's records starts now, whoever started it. */
  started(): void;
  /** Forgets the last read, so the next one may start at once (after pairing). */
  reset(): void;
  /** Whether a read may start now. */
  due(): boolean;
  /** A page asks for fresh records: read now, or once the interval since the last read ends. */
  ask(): void;
}

/**
 * Throttles the reads that pages ask for to one per interval without dropping an ask: one made
 * inside the interval is served when it ends. Dropping it left a page ranking on records the vault
 * no longer had (an erasure just before the page loaded) until the next alarm, 15 minutes later.
 */
export function tasteRefresh(deps: TasteRefreshDeps): TasteRefresh {
  let readAt = Number.NEGATIVE_INFINITY;
  let waiting = false;
  const due = () => deps.now() - readAt > deps.intervalMs;
  return {
    started: () => {
      readAt = deps.now();
    },
    reset: () => {
      readAt = Number.NEGATIVE_INFINITY;
    },
    due,
    ask: () => {
      if (due()) return deps.refresh();
      if (waiting) return;
      waiting = true;
      deps.later(
        () => {
          waiting = false;
          deps.refresh();
        },
        readAt + deps.intervalMs - deps.now() + 1,
      );
    },
  };
}
