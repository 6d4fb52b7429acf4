import { z } from 'zod';

const OUTSIDE_ISO_YEARS = 'the time must fall within the years 0000 to 9999 in UTC';

/**
 * When a record happened: an ISO date-time with an offset. The vault stores, sorts and compares
 * times as UTC ISO text, in date order only for years 0000 to 9999: `9999-12-31T23:30:00-01:00` is
 * `+010000-01-01T00:30:00.000Z` in UTC, and `+` sorts before every digit (such a record sorted
 * before every date, was refused as past retention and broke its page's cursor). So every door
 * refuses a time whose UTC year is outside 0000 to 9999.
 */
export const RecordTime = z.iso.datetime({ offset: true }).refine((time) => {
  const year = new Date(time).getUTCFullYear();
  // A time that is not a date at all is already refused by the format check, with its own message.
  return Number.isNaN(year) || (year >= 0 && year <= 9999);
}, OUTSIDE_ISO_YEARS);
