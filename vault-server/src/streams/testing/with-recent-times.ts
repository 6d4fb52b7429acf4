import type { CityEventInput } from '@verwonder/shared/wire/city-event.ts';
import { daysAgo } from '../../testing/test-vault.ts';

/**
 * The events with times relative to the run, a day apart in the order given (the last one
 * yesterday, none older than a year): the vault ignores an event already past its category's
 * retention (two years for loans, tickets and visits), so the demo catalogue's fixed dates expire.
 */
export const withRecentTimes = (events: readonly CityEventInput[]): CityEventInput[] =>
  events.map((event, index) => ({
    ...event,
    time: daysAgo(1 + ((events.length - 1 - index) % 365)),
  }));
