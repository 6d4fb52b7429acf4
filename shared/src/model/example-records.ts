import type { AuditEntry } from './audit-entry.ts';
import type { ConsentGrant } from './consent-grant.ts';
import type { CulturalRecordInput } from './cultural-record.ts';
import type { ItemRefInput } from './item-ref.ts';
import type { Suggestion } from './suggestion.ts';

/**
 * One well-formed example of every kind of model object: documentation for readers, and fixtures for
 * tests in every part (round trips, storage contracts, imports).
 */
const libraryClient = 'http://127.0.0.1:4801/oauth/client.json';
const item: ItemRefInput = {
  id: 'book-1',
  title: 'The Hunger Games (The Hunger Games, #1)',
  kind: 'book',
  medium: 'read',
  termIds: ['1.10.11.0.0'],
  genres: ['young_adult', 'fiction', 'dystopian'],
  authors: ['Suzanne Collins'],
};
const concert: ItemRefInput = {
  id: 'act-00042',
  title: 'Strijkkwartet Danel speelt Sjostakovitsj',
  kind: 'activity',
  medium: 'listen',
  termIds: ['0.50.4.0.0', '1.8.1.0.0'],
  genres: [],
  authors: [],
  venueId: 'desingel',
};
const time = '2026-10-03T14:12:00+02:00';

export const EXAMPLE_RECORDS = {
  profile: {
    id: 'r-profile',
    category: 'profile',
    time,
    source: { type: 'person' },
    data: {
      name: 'Anna Peeters',
      email: 'anna@example.org',
      postalCode: '2018',
      aKaartNumber: '1234567890',
    },
  },
  interests: {
    id: 'r-interests',
    category: 'interests',
    time,
    source: { type: 'person' },
    data: { themeIds: ['1.8.2.0.0', '1.11.0.0.0'], genres: ['history'], media: ['listen', 'read'] },
  },
  loans: {
    id: 'r-loan',
    category: 'loans',
    time,
    source: { type: 'client', clientId: libraryClient, name: 'Bibliotheek Antwerpen' },
    idempotencyKey: 'loan-2026-10-03-book-1',
    item,
    data: { action: 'borrowed', branch: 'Permeke' },
  },
  tickets: {
    id: 'r-ticket',
    category: 'tickets',
    time,
    source: { type: 'client', clientId: 'http://127.0.0.1:4802/oauth/client.json' },
    item: concert,
    data: { quantity: 2, priceEur: 24.5, tariff: 'standaard' },
  },
  visits: {
    id: 'r-visit',
    category: 'visits',
    time,
    source: { type: 'import', fileName: 'a-kaart.csv', format: 'csv' },
    location: { latitude: 51.23, longitude: 4.41, district: 'Antwerpen' },
    data: { venueId: 'mas', venueName: 'MAS' },
  },
  browsing: {
    id: 'r-browse',
    category: 'browsing',
    time,
    source: { type: 'extension' },
    item: concert,
    data: { url: 'http://127.0.0.1:4802/activiteit/act-00042', pageType: 'item', dwellSeconds: 40 },
  },
  newsletters: {
    id: 'r-news',
    category: 'newsletters',
    time,
    source: { type: 'person' },
    data: { list: 'deSingel maandbrief', subscribed: true },
  },
  'museum-app': {
    id: 'r-app',
    category: 'museum-app',
    time,
    source: { type: 'import', format: 'json' },
    data: { venueId: 'rubenshuis', event: 'artwork-viewed', artwork: 'Het Pelsken' },
  },
  location: {
    id: 'r-loc',
    category: 'location',
    time,
    source: { type: 'extension' },
    location: { latitude: 51.2, longitude: 4.43, district: 'Berchem' },
    data: { reason: 'browser' },
  },
  feedback: {
    id: 'r-fb',
    category: 'feedback',
    time,
    source: { type: 'extension' },
    item: concert,
    data: {
      kind: 'wow',
      suggestionId: 's-1',
      itemId: 'act-00042',
      wasSurprise: true,
      site: 'http://127.0.0.1:4802',
    },
  },
} satisfies Record<string, CulturalRecordInput>;

export const EXAMPLE_GRANT: ConsentGrant = {
  id: 'g-1',
  webId: 'http://127.0.0.1:4800/pods/anna/profile#me',
  clientId: libraryClient,
  clientName: 'Bibliotheek Antwerpen',
  scopes: ['loans:write', 'suggestions:rank'],
  purpose: 'dpv:ProvideProductRecommendations',
  createdAt: '2026-10-01T10:00:00+02:00',
  expiresAt: '2027-01-01T10:00:00+01:00',
};

export const EXAMPLE_AUDIT_ENTRY: AuditEntry = {
  podId: 'anna',
  seq: 7,
  time,
  actor: { type: 'client', clientId: libraryClient, grantId: 'g-1' },
  action: 'record-created',
  category: 'loans',
  purpose: 'dpv:ServiceProvision',
  recordIds: ['r-loan'],
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
};

export const EXAMPLE_SUGGESTION: Suggestion = {
  id: 's-1',
  itemId: 'act-00042',
  rank: 1,
  score: 0.82,
  kind: 'surprise',
  isSurprise: true,
  explanations: [
    {
      code: 'bridge-from-loans',
      text: {
        nl: 'Omdat je 3 boeken over muziek leende',
        en: 'Because you borrowed 3 books about music',
      },
      categories: ['loans'],
      recordIds: ['r-loan'],
    },
    {
      code: 'nearby',
      text: { nl: '900 m van je buurt', en: '900 m from your neighbourhood' },
      categories: ['profile'],
      recordIds: [],
    },
  ],
  provenance: { categories: ['loans', 'profile'], recordIds: ['r-loan'] },
};
