import type { CatalogData } from '@verwonder/shared/catalog-data';
import { toItemRef } from '@verwonder/shared/catalog/to-item-ref.ts';
import type { Persona } from '@verwonder/shared/catalog/persona.ts';
import type { CityEventInput } from '@verwonder/shared/wire/city-event.ts';

/**
 * What the library, the ticketing system and the A-kaart would emit for the demo personas: their
 * loans, tickets and A-kaart visits. The person's number at every source is the persona id, and each
 * event id is stable, so publishing the demo twice sends the same events.
 */
export function demoCityEvents(
  catalog: CatalogData,
  personas: readonly Persona[],
): CityEventInput[] {
  const events: CityEventInput[] = [];
  const items = catalog.itemsById();
  for (const persona of personas) {
    persona.loans.forEach((loan, index) => {
      const book = items.get(loan.bookId);
      if (!book) return;
      events.push({
        id: `${persona.id}.loan.${index}`,
        type: 'loan',
        source: 'library',
        subject: persona.id,
        time: loan.date,
        item: toItemRef(book),
        data: { action: 'borrowed' },
      });
    });
    persona.attendance.forEach((visit, index) => {
      const activity = items.get(visit.activityId);
      if (!activity || activity.kind !== 'activity') return;
      const common = { subject: persona.id, time: visit.date, item: toItemRef(activity) };
      events.push(
        visit.kind === 'ticket'
          ? {
              ...common,
              id: `${persona.id}.ticket.${index}`,
              type: 'ticket',
              source: 'ticketing',
              data: { quantity: 1 },
            }
          : {
              ...common,
              id: `${persona.id}.visit.${index}`,
              type: 'visit',
              source: 'a-kaart',
              data: { venueId: activity.venue.id, venueName: activity.venue.name.slice(0, 300) },
            },
      );
    });
  }
  return events;
}

/** Interleaves the personas' events by time, as the city systems would emit them. */
export const byTime = (events: CityEventInput[]): CityEventInput[] =>
  [...events].sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || a.id.localeCompare(b.id));
