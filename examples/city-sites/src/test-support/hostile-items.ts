import type { Activity, Book, Venue } from '@verwonder/shared/catalog/index.ts';

/** Text that breaks out of HTML, attributes and <script> blocks unless every layer escapes it. */
export const HOSTILE_TEXT = `<script>alert("xss")</script> & 'quotes' </script><!-- \u2028`;

export const HOSTILE_VENUE: Venue = {
  id: 'venue-test-mas',
  name: 'MAS <b>Museum</b> aan de Stroom',
  kind: 'museum',
  address: {
    street: 'Hanzestedenplaats 1',
    postalCode: '2000',
    locality: 'Antwerpen',
    district: 'Antwerpen',
  },
  geo: { latitude: 51.2289, longitude: 4.4049 },
  provider: { id: 'mas', name: 'MAS' },
};

/** A book whose title, author and description try to inject markup. */
export const HOSTILE_BOOK: Book = {
  id: 'book-999999',
  kind: 'book',
  schemaType: 'Book',
  medium: 'read',
  title: `Het ${HOSTILE_TEXT} boek`,
  description: `Beschrijving met ${HOSTILE_TEXT}`,
  authors: ['Eve <img src=x onerror=alert(1)>'],
  year: 2024,
  language: 'nl',
  themes: [],
  genres: ['fiction'],
  tags: [],
  provider: { id: 'bibliotheek-antwerpen', name: 'Bibliotheek Antwerpen' },
  audience: { type: 'everyone' },
  popularity: 1e12,
  ratingsCount: 0,
};

/** An exhibition (so it appears on the agenda and the museum site) with hostile text. */
export const HOSTILE_EXHIBITION: Activity = {
  id: 'act-99999',
  kind: 'activity',
  schemaType: 'ExhibitionEvent',
  medium: 'experience',
  title: `Expo ${HOSTILE_TEXT}`,
  description: `Over ${HOSTILE_TEXT}`,
  themes: [],
  genres: [],
  tags: [],
  provider: { id: 'mas', name: 'MAS "quoted" <provider>' },
  audience: { type: 'everyone' },
  popularity: 1e12,
  eventType: {
    id: '0.0.0.0.0',
    domain: 'eventtype',
    label: { nl: 'Tentoonstelling', en: 'Exhibition' },
  },
  venue: HOSTILE_VENUE,
  calendar: {
    type: 'periodic',
    startDate: '2026-01-01T10:00:00+01:00',
    endDate: '2030-12-31T17:00:00+01:00',
    openingHours: [
      {
        dayOfWeek: ['tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
        opens: '10:00',
        closes: '17:00',
      },
    ],
  },
  price: { isFree: false, amount: 12, reduced: 8, currency: 'EUR' },
};
