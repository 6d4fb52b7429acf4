import { NewCulturalRecord } from '@verwonder/shared';
import { CITY_SOURCE_INFO, type CityEvent } from '@verwonder/shared/wire/city-event.ts';

const CATEGORY = { loan: 'loans', ticket: 'tickets', visit: 'visits' } as const;

/**
 * The pod record an event becomes, with its idempotency key; the source is named as the city system
 * that sent it. Parsed, key included, so an event the record schema refuses never reaches a pod
 * (it is a dead letter, not a storage error retried for ever).
 */
export function eventToRecord(event: CityEvent): NewCulturalRecord {
  const info = CITY_SOURCE_INFO[event.source];
  return NewCulturalRecord.parse({
    category: CATEGORY[event.type],
    time: event.time,
    source: { type: 'client', clientId: info.clientId, name: info.name },
    ...(event.item ? { item: event.item } : {}),
    data: event.data,
    idempotencyKey: eventIdempotencyKey(event),
  });
}

/** What the stream's keys start with; it writes them in the pod's own key space, not a client's. */
export const CITY_KEY_PREFIX = 'city:';

/** The record's idempotency key: one event id is stored at most once per pod and category. */
export const eventIdempotencyKey = (event: CityEvent): string =>
  `${CITY_KEY_PREFIX}${event.source}:${event.id}`;
