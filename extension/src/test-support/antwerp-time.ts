/**
 * A moment in December 2026 as the agenda's feed writes it: Antwerp's clock time with Antwerp's
 * winter offset, "2026-12-05T20:15:00+01:00", the same moment whatever zone the device keeps.
 */
export function antwerpTime(hours: number, minutes = 0, day = 5): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `2026-12-${pad(day)}T${pad(hours)}:${pad(minutes)}:00+01:00`;
}
