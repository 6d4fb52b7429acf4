import { describe, expect, it } from 'vitest';
import type { UpcomingActivity } from '@verwonder/shared/wire/upcoming-activities.ts';

import { PROFILE_KEY } from '../control/local-profile.ts';
import { SETTINGS_KEY } from '../control/settings.ts';
import { memoryStorageArea, type StorageArea } from '../control/storage-area.ts';
import { antwerpTime } from '../test-support/antwerp-time.ts';
import { deviceTimeZone } from '../test-support/device-time-zone.ts';
import type { DailyNotification } from './daily-notification.ts';
import { NOTIFICATIONS_KEY, NOTIFIED_DAY_KEY } from './notification-settings.ts';
import {
  handleNotifyAlarm,
  NOTIFY_ALARM,
  runDailyNotification,
  stopNotifications,
} from './notify-alarm.ts';

// The person's clock (should-notify's day and quiet hours) is the device's, here UK time whatever
// zone runs the tests; the concert carries Antwerp's time, an hour ahead.
deviceTimeZone('Europe/London');
const at = (hours: number, day = 5) => new Date(2026, 11, day, hours);

const concert: UpcomingActivity = {
  id: 'act-00042',
  title: 'Avond van de blues',
  url: 'http://127.0.0.1:4802/evenement/act-00042',
  eventType: { id: '0.50.4.0.0', label: { nl: 'Concert', en: 'Concert' } },
  themes: [{ id: '1.8.2.0.0', label: { nl: 'Jazz en blues', en: 'Jazz and blues' } }],
  start: antwerpTime(20),
  end: antwerpTime(22),
  venue: {
    id: 'venue-de-roma',
    name: 'De Roma',
    district: 'Borgerhout',
    latitude: 51.2142,
    longitude: 4.4432,
  },
};

function setup(local: StorageArea, now: () => Date) {
  const asked: string[] = [];
  const shown: DailyNotification[] = [];
  const deps = {
    local,
    now,
    upcoming: async (day: string) => {
      asked.push(day);
      return [concert];
    },
    vaultTaste: async () => [],
    show: async (notification: DailyNotification) => {
      shown.push(notification);
    },
  };
  return { deps, asked, shown };
}

const jazz = { [PROFILE_KEY]: { interests: ['jazz'], browsing: [], feedback: [] } };

describe('the notify alarm', () => {
  it('does nothing, and asks the agenda nothing, until the person opts in', async () => {
    const { deps, asked, shown } = setup(memoryStorageArea(jazz), () => at(12));
    expect(await handleNotifyAlarm({ name: NOTIFY_ALARM }, deps)).toBe('not-opted-in');
    expect(await handleNotifyAlarm({ name: 'verwonder/refresh' }, deps)).toBeUndefined();
    expect(asked).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('shows one a day, remembers the day, and stops on "Stop deze meldingen"', async () => {
    const local = memoryStorageArea({ ...jazz, [NOTIFICATIONS_KEY]: { enabled: true } });
    let now = at(12);
    const { deps, asked, shown } = setup(local, () => now);
    expect(await runDailyNotification(deps)).toBe('shown');
    expect(asked).toEqual(['2026-12-05']);
    expect(shown.map((n) => n.title)).toEqual(['Vanavond: Avond van de blues']);
    expect((await local.get(NOTIFIED_DAY_KEY))[NOTIFIED_DAY_KEY]).toBe('2026-12-05');
    expect(await runDailyNotification(deps)).toBe('already-today');
    now = at(23);
    expect(await runDailyNotification(deps)).toBe('already-today');
    now = at(7, 6);
    expect(await runDailyNotification(deps)).toBe('quiet');
    expect(shown).toHaveLength(1);
    await stopNotifications(local);
    now = at(12, 6);
    expect(await runDailyNotification(deps)).toBe('not-opted-in');
    expect((await local.get(NOTIFICATIONS_KEY))[NOTIFICATIONS_KEY]).toEqual({ enabled: false });
  });

  it('uses only what is allowed for the agenda site, in the person’s language', async () => {
    const local = memoryStorageArea({
      ...jazz,
      [NOTIFICATIONS_KEY]: { enabled: true, district: 'Borgerhout' },
      [SETTINGS_KEY]: { language: 'en', sites: { 'http://127.0.0.1:4802': { enabled: false } } },
    });
    const { deps, shown } = setup(local, () => at(12));
    expect(await runDailyNotification(deps)).toBe('nothing-fits');
    await local.set({ [SETTINGS_KEY]: { language: 'en' } });
    expect(await runDailyNotification(deps)).toBe('shown');
    expect(shown[0]?.title).toBe('Tonight nearby: Avond van de blues');
    await local.set({
      [SETTINGS_KEY]: { language: 'en', categories: { location: false } },
      [NOTIFIED_DAY_KEY]: '2026-12-04',
    });
    expect(await runDailyNotification(deps)).toBe('shown');
    expect(shown[1]?.title).toBe('Tonight: Avond van de blues');
    expect(shown[1]?.message).not.toContain('area');
  });

  it('ranks today’s agenda with the worker’s genre-theme bridge (review finding: the extension ranks without the genre-theme bridge)', async () => {
    const exhibition: UpcomingActivity = {
      ...concert,
      id: 'act-00043',
      title: 'Antwerpen 1944',
      eventType: { id: '0.0.0.0.0', label: { nl: 'Tentoonstelling', en: 'Exhibition' } },
      themes: [{ id: '1.11.0.0.0', label: { nl: 'Geschiedenis', en: 'History' } }],
    };
    const loans = [1, 2].map((n) => ({
      id: `vault-loan-${n}`,
      category: 'loans' as const,
      label: `Boek ${n}`,
      terms: ['historical_fiction'],
      itemId: `book-${n}`,
    }));
    const local = memoryStorageArea({ [NOTIFICATIONS_KEY]: { enabled: true } });
    const { deps, shown } = setup(local, () => at(12));
    let loaded = 0;
    const run = await runDailyNotification({
      ...deps,
      upcoming: async () => [concert, exhibition],
      vaultTaste: async () => loans,
      bridge: async () => {
        loaded++;
        return { 'historical fiction': [{ themeId: '1.11.0.0.0', weight: 0.8 }] };
      },
    });
    expect(run).toBe('shown');
    expect(loaded).toBe(1);
    expect(shown.map((n) => n.title)).toEqual(['Vanavond: Antwerpen 1944']);
  });
});
