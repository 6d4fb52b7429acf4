import { describe, expect, it } from 'vitest';

import type { PageItem } from '../page/page-item.ts';
import { pageSignalAdjustments } from './page-signals.ts';
import { rankItems } from './rank-items.ts';
import type { TasteRecord } from './taste-record.ts';

const NOW = Date.parse('2026-12-01T10:00:00+01:00');

const concert = (id: string, facts: PageItem['facts'], startDate: string): PageItem => ({
  id,
  type: 'MusicEvent',
  kind: 'event',
  name: id,
  authors: [],
  genres: ['Jazz'],
  keywords: ['jazz'],
  themes: [],
  startDate,
  ...(facts ? { facts } : {}),
});

const HOME: TasteRecord = {
  id: 'loc-1',
  category: 'location',
  label: 'Berchem',
  terms: [],
  area: { latitude: 51.2, longitude: 4.43, district: 'Berchem' },
  time: '2026-11-20T10:00:00Z',
};
const ticket = (id: string, time: string, priceEur: number, venueId: string): TasteRecord => ({
  id,
  category: 'tickets',
  label: `Concert ${id}`,
  terms: ['jazz'],
  itemId: `act-${id}`,
  time,
  priceEur,
  venueId,
});
// Two Saturdays at De Roma, one Tuesday elsewhere; at most € 20 a ticket.
const TICKETS = [
  ticket('t1', '2026-10-03T20:00:00+02:00', 18, 'venue-roma'),
  ticket('t2', '2026-10-17T20:00:00+02:00', 20, 'venue-roma'),
  ticket('t3', '2026-10-20T20:00:00+02:00', 12, 'venue-amuz'),
];
const INTEREST: TasteRecord = { id: 'i1', category: 'interests', label: 'jazz', terms: ['jazz'] };

const NEAR = { latitude: 51.2, longitude: 4.44 };
const FAR = { latitude: 51.0, longitude: 3.7 };
const near = concert(
  'near',
  { venue: { id: 'venue-x', name: 'Zaal X', geo: NEAR }, priceEur: 15 },
  '2026-12-16T20:00:00+01:00',
);
const far = concert(
  'far',
  { venue: { id: 'venue-y', name: 'Zaal Y', geo: FAR }, priceEur: 15 },
  '2026-12-16T20:00:00+01:00',
);

describe('pageSignalAdjustments (place, price, date, organiser)', () => {
  it('raises an item near the coarse area, and says how near, only with "Grove locatie" allowed', () => {
    const withLocation = pageSignalAdjustments([near, far], [HOME], ['location'], NOW);
    expect(withLocation.get('near')?.delta).toBeGreaterThan(0.3);
    expect(withLocation.has('far')).toBe(false);
    expect(withLocation.get('near')?.explanations).toEqual([
      {
        code: 'nearby',
        text: { nl: '700 m van je buurt', en: '700 m from your area' },
        categories: ['location'],
        recordIds: ['loc-1'],
      },
    ]);
    expect(pageSignalAdjustments([near, far], [HOME], ['interests'], NOW).size).toBe(0);
  });

  it('names the venue the person went to, the weekday they go out most, a price they pay', () => {
    const roma = concert(
      'roma',
      { venue: { id: 'venue-roma', name: 'De Roma' }, priceEur: 16 },
      '2026-12-19T20:00:00+01:00', // a Saturday
    );
    const [adjustment] = pageSignalAdjustments([roma], TICKETS, ['tickets'], NOW).values();
    expect(adjustment?.explanations.map((e) => [e.code, e.text.nl, e.recordIds])).toEqual([
      ['page-venue', 'Je ging al naar De Roma', ['t1', 't2']],
      ['page-weekday', 'Op een zaterdag, de dag waarop je het vaakst uitgaat', ['t1', 't2']],
      [
        'page-price',
        '€ 16: binnen wat je al voor een ticket betaalde (tot € 20)',
        ['t1', 't2', 't3'],
      ],
    ]);
    expect(adjustment?.delta).toBeCloseTo(0.3 + 0.2 + 0.1);
  });

  it('matches the organiser by name, lowers what costs more than twice the most paid, and says "soon"', () => {
    const visit: TasteRecord = {
      id: 'v1',
      category: 'visits',
      label: 'Expo',
      terms: [],
      itemId: 'act-expo',
      venueName: 'MAS',
    };
    const item = concert('org', { organizer: 'mas ', priceEur: 55 }, '2026-12-03T20:00:00+01:00');
    const [adjustment] = pageSignalAdjustments(
      [item],
      [visit, ...TICKETS],
      ['visits', 'tickets'],
      NOW,
    ).values();
    expect(adjustment?.explanations.map((e) => e.code)).toEqual(['page-venue', 'page-soon']);
    expect(adjustment?.delta).toBeCloseTo(0.3 - 0.3 + 0.05);
  });

  it('changes the order rankItems gives, and the why-panel names the signal that did', () => {
    const page = [far, near];
    const records = [INTEREST, HOME];
    const allowed = ['interests', 'location'] as const;
    const plain = rankItems(page, records, [...allowed]);
    const adjusted = rankItems(page, records, [...allowed], {
      adjustments: pageSignalAdjustments(page, records, [...allowed], NOW),
    });
    expect(plain.map((s) => s.itemId)).toEqual(['far', 'near']);
    expect(adjusted.map((s) => s.itemId)).toEqual(['near', 'far']);
    expect(adjusted[0]?.explanations.map((e) => e.code)).toContain('nearby');
    expect(adjusted[0]?.categories).toEqual(['interests', 'location']);
    expect(adjusted[0]?.recordIds).toEqual(['i1', 'loc-1']);
  });

  it('never makes an item "Voor jou" on a page fact alone', () => {
    const records = [HOME, { ...INTEREST, terms: ['opera'], label: 'opera' }];
    const ranked = rankItems([near], records, ['interests', 'location'], {
      adjustments: pageSignalAdjustments([near], records, ['interests', 'location'], NOW),
    });
    expect(ranked).toEqual([]);
  });
});
