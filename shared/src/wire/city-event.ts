/**
 * An event a city system (the library, the ticketing system, the A-kaart) publishes on the city
 * stream. The vault parses every one of these as hostile input: a malformed event goes to the
 * dead-letter subject, never into a pod.
 */
import { z } from 'zod';
import { ItemRef } from '../model/item-ref.ts';
import { LoanData, TicketData, VisitData } from '../model/record-data.ts';
import { RecordTime } from '../model/record-time.ts';

export const CITY_SOURCES = ['library', 'ticketing', 'a-kaart'] as const;
export const CitySource = z.enum(CITY_SOURCES);
export type CitySource = z.infer<typeof CitySource>;

/** Who wrote a stream record, as the pod shows it (the record's `source`). */
export const CITY_SOURCE_INFO: Record<CitySource, { name: string; clientId: string }> = {
  library: { name: 'Bibliotheek Antwerpen', clientId: 'https://bibliotheek.antwerpen.be/' },
  ticketing: { name: 'Cultuurtickets Antwerpen', clientId: 'https://tickets.antwerpen.be/' },
  'a-kaart': { name: 'A-kaart', clientId: 'https://a-kaart.antwerpen.be/' },
};

/** A person's number at a source (library card, ticketing account, A-kaart number). */
export const SourceSubject = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,100}$/, 'letters, digits, - and _ only');

/**
 * Unique per event at its source: the vault stores each event id at most once per pod, as the
 * record's idempotency key `city:<source>:<id>` (at most 200 characters), so the id leaves room for
 * the longest prefix: an event the vault could not store is refused here, as a dead letter.
 */
export const CITY_EVENT_ID_MAX = 200 - Math.max(...CITY_SOURCES.map((s) => `city:${s}:`.length));
export const CityEventId = z
  .string()
  .min(1)
  .max(CITY_EVENT_ID_MAX)
  .regex(/^[A-Za-z0-9._:-]+$/);

const common = {
  id: CityEventId,
  subject: SourceSubject,
  time: RecordTime,
};

export const CityEvent = z.discriminatedUnion('type', [
  z
    .object({
      ...common,
      type: z.literal('loan'),
      source: z.literal('library'),
      item: ItemRef,
      data: LoanData,
    })
    .strict(),
  z
    .object({
      ...common,
      type: z.literal('ticket'),
      source: z.literal('ticketing'),
      item: ItemRef,
      data: TicketData,
    })
    .strict(),
  z
    .object({
      ...common,
      type: z.literal('visit'),
      source: z.literal('a-kaart'),
      item: ItemRef.optional(),
      data: VisitData,
    })
    .strict(),
]);
export type CityEvent = z.infer<typeof CityEvent>;
export type CityEventInput = z.input<typeof CityEvent>;
