import { describe, expect, it } from 'vitest';
import type { UpcomingActivity } from '@verwonder/shared/wire/upcoming-activities.ts';

import type { TasteRecord } from '../ranking/taste-record.ts';
import { antwerpTime as at } from '../test-support/antwerp-time.ts';
import { deviceTimeZone } from '../test-support/device-time-zone.ts';
import { dailyNotification } from './daily-notification.ts';
import { pickNotification, type NotificationPick } from './pick-notification.ts';

// A visitor whose laptop keeps UK time, an hour behind Antwerp, whatever zone runs the tests.
deviceTimeZone('Europe/London');

const concert = (start: string): UpcomingActivity => ({
  id: 'act-00042',
  title: 'Avond van de blues',
  url: 'http://127.0.0.1:4802/evenement/act-00042',
  eventType: { id: '0.50.4.0.0', label: { nl: 'Concert', en: 'Concert' } },
  themes: [{ id: '1.8.2.0.0', label: { nl: 'Jazz en blues', en: 'Jazz and blues' } }],
  start,
  end: start,
  venue: {
    id: 'venue-de-roma',
    name: 'De Roma',
    district: 'Borgerhout',
    latitude: 51.2142,
    longitude: 4.4432,
  },
});

const records: TasteRecord[] = [
  { id: 'interest-1', category: 'interests', label: 'Jazz en blues', terms: ['1.8.2.0.0'] },
  {
    id: 'vault-loan-1',
    category: 'loans',
    label: 'Blues People',
    terms: ['1.8.2.0.0'],
    itemId: 'book-77',
    time: '2026-11-01T10:00:00Z',
  },
];

function pick(start: string, district?: 'Borgerhout'): NotificationPick {
  const picked = pickNotification({
    activities: [concert(start)],
    records,
    allowed: ['interests', 'loans', 'location'],
    now: new Date(at(10)),
    ...(district ? { district } : {}),
  });
  if (!picked) throw new Error('the concert should fit');
  return picked;
}

describe('dailyNotification', () => {
  it('nl: "Vanavond in de buurt: …", when and where, why, the data used, and a stop button', () => {
    const text = dailyNotification(pick(at(20, 15), 'Borgerhout'), 'nl');
    expect(text.title).toBe('Vanavond in de buurt: Avond van de blues');
    expect(text.message).toMatch(/^20:15, De Roma\. Omdat /);
    expect(text.message).toContain(
      'Gekozen op je toestel uit: opgegeven interesses, bibliotheekuitleningen en je buurt (Borgerhout).',
    );
    expect(text.stop).toBe('Stop deze meldingen');
    expect(text.stopHint).toBe('Stoppen kan in de opties van Verwonder.');
    expect(text.url).toBe('http://127.0.0.1:4802/evenement/act-00042');
  });

  it('en, and without an area or in the afternoon it says neither "nearby" nor "tonight"', () => {
    const text = dailyNotification(pick(at(20, 15), 'Borgerhout'), 'en');
    expect(text.title).toBe('Tonight nearby: Avond van de blues');
    expect(text.message).toContain('Picked on your device from: ');
    expect(text.message).toContain('your area (Borgerhout).');
    expect(text.stop).toBe('Stop these notifications');
    expect(dailyNotification(pick(at(20, 15)), 'nl').title).toBe('Vanavond: Avond van de blues');
    const afternoon = dailyNotification(pick(at(14)), 'nl');
    expect(afternoon.title).toBe('Vandaag: Avond van de blues');
    expect(afternoon.message).not.toContain('buurt');
  });
});

describe('dailyNotification on a device in another time zone', () => {
  deviceTimeZone('America/New_York');

  it('says the activity’s time in Antwerp, and "vanavond" by Antwerp’s evening (review finding: the daily notification gives Antwerp\'s times in the device\'s time zone)', () => {
    // 20:15 in Antwerp is 14:15 in New York: the afternoon there, the evening where the concert is.
    const nl = dailyNotification(pick(at(20, 15)), 'nl');
    expect(nl.title).toBe('Vanavond: Avond van de blues');
    expect(nl.message).toMatch(/^20:15, De Roma\. /);
    const en = dailyNotification(pick(at(20, 15)), 'en');
    expect(en.title).toBe('Tonight: Avond van de blues');
    expect(en.message).toMatch(/^20:15, De Roma\. /);
    // And 14:00 in Antwerp (08:00 in New York) is "vandaag" at 14:00.
    const afternoon = dailyNotification(pick(at(14)), 'nl');
    expect(afternoon.title).toBe('Vandaag: Avond van de blues');
    expect(afternoon.message).toMatch(/^14:00, De Roma\. /);
  });
});
