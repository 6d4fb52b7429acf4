import { describe, expect, it } from 'vitest';
import type { UpcomingActivity } from '@verwonder/shared/wire/upcoming-activities.ts';

import { readBridge } from '../ranking/read-bridge.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import { antwerpTime as at } from '../test-support/antwerp-time.ts';
import { deviceTimeZone } from '../test-support/device-time-zone.ts';
import { pickNotification, stillToday, toPageItem } from './pick-notification.ts';

// Activities carry Antwerp's times (at: 5 December 2026 in Antwerp); "today" is the device's own
// day, here a laptop keeping UK time, an hour behind, whatever zone runs the tests.
deviceTimeZone('Europe/London');

const JAZZ = { id: '1.8.2.0.0', label: { nl: 'Jazz en blues', en: 'Jazz and blues' } };
const CONCERT = { id: '0.50.4.0.0', label: { nl: 'Concert', en: 'Concert' } };
const THEATRE = { id: '0.55.0.0.0', label: { nl: 'Theatervoorstelling', en: 'Theatre' } };
const DRAMA = { id: '1.3.1.0.0', label: { nl: 'Drama', en: 'Drama' } };

function activity(
  id: string,
  start: string,
  venue: Partial<UpcomingActivity['venue']>,
  kind: 'jazz' | 'theatre' = 'jazz',
): UpcomingActivity {
  return {
    id,
    title: `Activiteit ${id}`,
    url: `http://127.0.0.1:4802/evenement/${id}`,
    eventType: kind === 'jazz' ? CONCERT : THEATRE,
    themes: kind === 'jazz' ? [JAZZ] : [DRAMA],
    start,
    end: start,
    venue: {
      id: 'venue-x',
      name: 'Zaal',
      district: 'Antwerpen',
      latitude: 51.22,
      longitude: 4.4,
      ...venue,
    },
  };
}

const ROMA = {
  id: 'venue-de-roma',
  name: 'De Roma',
  district: 'Borgerhout',
  latitude: 51.2142,
  longitude: 4.4432,
};
const HOBOKEN = {
  id: 'venue-zuidpool',
  name: 'Zaal Hoboken',
  district: 'Hoboken',
  latitude: 51.176,
  longitude: 4.348,
};

const activities = [
  activity('act-00001', at(20), ROMA),
  activity('act-00002', at(20, 30), HOBOKEN),
  activity('act-00003', at(19), {}, 'theatre'),
  activity('act-00004', at(10), ROMA),
  activity('act-00005', at(20, 0, 6), ROMA),
];

const jazzFan: TasteRecord[] = [
  { id: 'interest-1', category: 'interests', label: 'Jazz en blues', terms: ['1.8.2.0.0'] },
];
const ALL = ['interests', 'location'] as const;

describe('pickNotification', () => {
  it('picks a not yet started activity of today that rests on the person’s records', () => {
    const pick = pickNotification({
      activities,
      records: jazzFan,
      allowed: ALL,
      now: new Date(at(12)),
    });
    expect(pick).toBeDefined();
    expect(['act-00001', 'act-00002']).toContain(pick!.activity.id);
    expect(pick!.evening).toBe(true);
    expect(pick!.nearby).toBeUndefined();
    expect(pick!.suggestion.kind).toBe('relevant');
    expect(pick!.suggestion.recordIds).toEqual(['interest-1']);
    expect(pick!.suggestion.categories).toEqual(['interests']);
  });

  it('calls an activity "vanavond" from 17:00 in Antwerp, not on the device’s clock', () => {
    // 17:30 in Antwerp is 16:30 on the UK laptop: still the evening where the concert is.
    const early = [activity('act-00007', at(17, 30), ROMA)];
    const now = new Date(at(12));
    expect(
      pickNotification({ activities: early, records: jazzFan, allowed: ALL, now })?.evening,
    ).toBe(true);
    const afternoon = [activity('act-00008', at(16, 45), ROMA)];
    expect(
      pickNotification({ activities: afternoon, records: jazzFan, allowed: ALL, now })?.evening,
    ).toBe(false);
  });

  it('prefers one in the person’s area when they gave one and allow location', () => {
    const near = pickNotification({
      activities,
      records: jazzFan,
      allowed: ALL,
      now: new Date(at(12)),
      district: 'Hoboken',
    });
    expect(near?.activity.id).toBe('act-00002');
    expect(near?.nearby?.district).toBe('Hoboken');
    expect(near!.nearby!.km).toBeLessThan(2);
    const borgerhout = pickNotification({
      activities,
      records: jazzFan,
      allowed: ALL,
      now: new Date(at(12)),
      district: 'Borgerhout',
    });
    expect(borgerhout?.activity.id).toBe('act-00001');
    // Location switched off: the area is not used at all.
    const off = pickNotification({
      activities,
      records: jazzFan,
      allowed: ['interests'],
      now: new Date(at(12)),
      district: 'Hoboken',
    });
    expect(off?.nearby).toBeUndefined();
  });

  it('picks nothing that does not fit: no records, a turned-down item, or nothing left today', () => {
    const now = new Date(at(12));
    expect(pickNotification({ activities, records: [], allowed: ALL, now })).toBeUndefined();
    // Interests not allowed: nothing rests on an allowed record.
    expect(
      pickNotification({ activities, records: jazzFan, allowed: ['loans'], now }),
    ).toBeUndefined();
    const excluded = new Set(['act-00001', 'act-00002']);
    expect(
      pickNotification({ activities, records: jazzFan, allowed: ALL, now, excluded }),
    ).toBeUndefined();
    // At 19:45 both concerts start within the hour it leaves to get there.
    expect(
      pickNotification({ activities, records: jazzFan, allowed: ALL, now: new Date(at(19, 45)) }),
    ).toBeUndefined();
  });
});

describe('pickNotification with the genre-theme bridge', () => {
  const HISTORY = { id: '1.11.0.0.0', label: { nl: 'Geschiedenis', en: 'History' } };
  const EXHIBITION = { id: '0.0.0.0.0', label: { nl: 'Tentoonstelling', en: 'Exhibition' } };
  const today = [
    activity('act-00001', at(20), ROMA),
    { ...activity('act-00006', at(18), {}), eventType: EXHIBITION, themes: [HISTORY] },
  ];
  /** Two books of historical fiction borrowed through the vault, with the catalogue's genre key. */
  const reader: TasteRecord[] = [1, 2].map((n) => ({
    id: `vault-loan-${n}`,
    category: 'loans',
    label: `Boek ${n}`,
    terms: ['historical_fiction'],
    itemId: `book-${n}`,
    time: at(10, 0, n),
  }));
  const bridge = readBridge({ historical_fiction: [{ themeId: '1.11.0.0.0', weight: 0.8 }] });

  it('picks today’s exhibition on a theme the person’s loans reach, for those loans (review finding: the extension ranks without the genre-theme bridge)', () => {
    const now = new Date(at(12));
    const pick = pickNotification({
      activities: today,
      records: reader,
      allowed: ['loans'],
      now,
      bridge,
    });
    expect(pick?.activity.id).toBe('act-00006');
    expect(pick?.suggestion.explanations.map((e) => e.text.nl)).toContain(
      'Je leest graag over geschiedenis: een tentoonstelling in Zaal',
    );
    expect(pick?.suggestion.recordIds.toSorted()).toEqual(['vault-loan-1', 'vault-loan-2']);
    // Without it the loans reach nothing on the agenda.
    expect(
      pickNotification({ activities: today, records: reader, allowed: ['loans'], now }),
    ).toBeUndefined();
  });
});

describe('stillToday and toPageItem', () => {
  it('keeps today’s activities an hour or more ahead, each once, soonest first', () => {
    const twice = [...activities, activity('act-00001', at(21), ROMA)];
    expect(stillToday(twice, new Date(at(12))).map((a) => a.id)).toEqual([
      'act-00003',
      'act-00001',
      'act-00002',
    ]);
  });

  it('describes the activity as the agenda’s pages do (event type and coded themes)', () => {
    expect(toPageItem(activities[0]!)).toMatchObject({
      id: 'act-00001',
      kind: 'event',
      eventTypeId: '0.50.4.0.0',
      themes: [{ name: 'Jazz en blues', code: '1.8.2.0.0' }],
      location: 'De Roma',
      url: 'http://127.0.0.1:4802/evenement/act-00001',
    });
  });
});
