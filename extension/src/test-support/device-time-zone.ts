import { afterAll, beforeAll } from 'vitest';

/**
 * Runs the surrounding tests as on a device that keeps `zone`'s time, whatever the machine keeps:
 * Node rereads `TZ` when it is set (for `Date` and Intl alike). Vitest gives each file its own
 * process (pool `forks`), so no other file sees it; it is restored for the file's later tests.
 */
export function deviceTimeZone(zone: string): void {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
