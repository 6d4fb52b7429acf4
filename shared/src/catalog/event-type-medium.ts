/**
 * The medium of an activity (read, watch, listen, experience) from its UiT event type and its
 * schema.org type: the one rule the catalogue build gives its activities their media by and the
 * extension reads a city site's events by, so the person's media mix weighs an event on a page as
 * it weighs the same event in the vault. Zod-free, so the extension's worker bundles it.
 */
import type { MediumId } from '../wire/vocabulary.ts';

/** UiT event types taken in otherwise than as an experience: concerts and parties, films. */
const MEDIUM_BY_EVENT_TYPE: ReadonlyMap<string, MediumId> = new Map([
  ['0.50.4.0.0', 'listen'], // concert
  ['0.49.0.0.0', 'listen'], // party (fuif, DJ)
  ['0.50.6.0.0', 'watch'], // film
]);

/**
 * schema.org types that name the medium themselves. They come first: an opera is a UiT theatre
 * event, but a MusicEvent, and listened to.
 */
const MEDIUM_BY_SCHEMA_TYPE: ReadonlyMap<string, MediumId> = new Map([
  ['MusicEvent', 'listen'],
  ['ScreeningEvent', 'watch'],
]);

/**
 * The medium of an activity of `schemaType` ("MusicEvent") and, when known, UiT event type
 * `eventTypeId`; "experience" for everything else. Without a UiT id a party (a SocialEvent, as a
 * quiz is) is taken for an experience.
 */
export function eventTypeMedium(schemaType: string, eventTypeId?: string): MediumId {
  return (
    MEDIUM_BY_SCHEMA_TYPE.get(schemaType) ??
    (eventTypeId === undefined ? undefined : MEDIUM_BY_EVENT_TYPE.get(eventTypeId)) ??
    'experience'
  );
}
