/**
 * The periodic background refresh (alarms API: it wakes the worker, which timers cannot): sends
 * what is queued for the vault, then reads the vault's records for ranking again when paired.
 */
export const REFRESH_ALARM = 'verwonder/refresh';
export const REFRESH_PERIOD_MINUTES = 15;

export interface RefreshDeps {
  /** Sends the queued visits and feedback (does nothing when not paired). */
  flushQueue(): Promise<void>;
  paired(): Promise<boolean>;
  /** Reads interests, loans and tickets again into the encrypted cache. */
  refreshTaste(): Promise<void>;
}

/** Handles one alarm; false for alarms that are not ours. A failed flush still refreshes. */
export async function handleRefreshAlarm(
  alarm: { name: string },
  deps: RefreshDeps,
): Promise<boolean> {
  if (alarm.name !== REFRESH_ALARM) return false;
  await deps.flushQueue().catch(() => undefined);
  if (await deps.paired()) await deps.refreshTaste();
  return true;
}
