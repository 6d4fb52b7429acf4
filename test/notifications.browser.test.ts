/**
 * Issue 15, notifications: from an empty vault, through what a person clicks and types: sign up with
 * a passkey, choose "Jazz en blues" in the onboarding, pair the extension from its options page, switch
 * the daily notification on there and give a district. The alarm then fires in the real worker: it
 * reads the agenda's public feed and shows one notification, "Vanavond in de buurt: …", saying why.
 * Headless Chromium has no notification to click, so the test sends the browser's own click events
 * (`onClicked`, `onButtonClicked`) to the worker's listeners: the click opens the activity's page,
 * "Stop deze meldingen" switches the option off in the options page. The worker's clock is pinned to
 * noon on a day of the catalogue (the night is quiet). Needs `npm run build -w extension` first; run
 * under `flock /tmp/verwonder-ports.lock` (fixed ports). Screenshot: notifications-options.png.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';

import { UpcomingActivitiesResponse } from '../shared/src/wire/upcoming-activities.ts';
import { testNow } from '../examples/city-sites/src/test-support/test-catalog.ts';
import { getExtensionStorage } from '../extension/scripts/support/launch-extension.ts';
import { AGENDA_ORIGIN } from '../extension/src/notify/agenda-feed.ts';
import { NOTIFY_ALARM } from '../extension/src/notify/notify-alarm.ts';
import {
  NOTIFICATIONS_KEY,
  NOTIFIED_DAY_KEY,
} from '../extension/src/notify/notification-settings.ts';
import { localDay } from '../extension/src/notify/should-notify.ts';
import { useExtensionTest } from './support/use-extension-test.ts';
import { watchForProblems } from './support/page-problems.ts';
import { screenshotPath } from './support/screenshots.ts';
import { waitForTasteCount } from './support/wait-for-taste-count.ts';

const JAZZ = '1.8.2.0.0';

/** Chrome's extension events can be dispatched from the extension itself (what a click would do). */
interface Dispatchable {
  dispatch(...args: unknown[]): void;
}

const test = useExtensionTest('notifications', { viewport: { width: 1000, height: 900 } });

/**
 * A day of the catalogue with a jazz concert in the evening (local time, as the worker sees it),
 * and the district of its venue: the public feed, as the extension reads it.
 */
async function eveningJazz(): Promise<{ day: Date; district: string; titles: string[] }> {
  const start = testNow();
  for (let offset = 0; offset < 60; offset++) {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + offset, 12);
    const key = localDay(day);
    const response = await fetch(`${test.sites.urls.agenda}/api/activities?from=${key}&to=${key}`);
    const { activities } = UpcomingActivitiesResponse.parse(await response.json());
    const evening = activities.filter((a) => {
      const at = new Date(a.start);
      return localDay(at) === key && at.getHours() >= 17;
    });
    const jazz = evening.filter((a) => a.themes.some((theme) => theme.id === JAZZ));
    if (jazz.length >= 1 && jazz.length <= 3)
      return { day, district: jazz[0]!.venue.district, titles: evening.map((a) => a.title) };
  }
  throw new Error('no day with an evening jazz concert in the catalogue');
}

describe('the daily notification', () => {
  it('is opt-in, picks tonight’s activity that fits nearby, says why, opens it, and stops', async () => {
    expect(test.sites.urls.agenda).toBe(AGENDA_ORIGIN);
    const problems: string[] = [];
    // Sign-up with a passkey, then one interest in the onboarding.
    await test.page.bringToFront();
    await test.signUpToWelcome({ podName: 'lotte', displayName: 'Lotte', lang: 'nl' });
    await test.page.fill('#interest-search', 'jazz');
    await test.page.check(`input[name=term][value="theme:${JAZZ}"]`);
    await test.page.click('#interests-save');
    await expect.poll(() => test.page.textContent('#status')).toBe('Interesses bewaard');

    // The options page: pairing, as a person does it.
    const extensionId = new URL(test.worker.url()).host;
    const options = await test.browser.context.newPage();
    watchForProblems(options, problems);
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    // Off by default, and it says what it would do.
    expect(await options.isChecked('#notify-switch')).toBe(false);
    expect(await options.textContent('#notify-explain')).toContain('nooit tussen 21.30 en 9 uur');
    await test.pair({ options });
    // The vault's records have reached the extension's encrypted cache.
    await waitForTasteCount(options, 1, { timeout: 20_000 });

    // Switched on with the keyboard, and a district chosen.
    const { day, district, titles } = await eveningJazz();
    await options.focus('#notify-switch');
    await options.keyboard.press('Space');
    await options.waitForSelector('#notifications[data-enabled="true"]');
    await options.selectOption('#notify-district', district);
    await expect
      .poll(() => getExtensionStorage(test.worker, NOTIFICATIONS_KEY))
      .toEqual({ enabled: true, district });
    await options.locator('#notifications').scrollIntoViewIfNeeded();
    await options.screenshot({ path: screenshotPath('notifications-options'), fullPage: true });
    const axe = await new AxeBuilder({ page: options }).include('#notifications').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
      [],
    );

    // The worker keeps the notification's own alarm.
    expect(
      await test.worker.evaluate(
        async (name) => (await chrome.alarms.get(name))?.periodInMinutes,
        NOTIFY_ALARM,
      ),
    ).toBe(30);

    // Noon on that day in the worker; the alarm fires; what it creates is recorded on the way.
    await test.worker.evaluate(
      ({ noon, alarm }) => {
        const RealDate = Date;
        // `new Date()` and `Date.now()` say noon; every other use of Date is the real one.
        const PinnedDate = function (...args: unknown[]) {
          return args.length === 0
            ? new RealDate(noon)
            : new (RealDate as new (...a: unknown[]) => Date)(...args);
        } as unknown as DateConstructor;
        Object.assign(PinnedDate, {
          prototype: RealDate.prototype,
          now: () => noon,
          parse: RealDate.parse,
          UTC: RealDate.UTC,
        });
        const scope = globalThis as unknown as {
          Date: DateConstructor;
          realDate?: DateConstructor;
          created?: unknown[];
        };
        scope.realDate = RealDate;
        scope.Date = PinnedDate;
        scope.created = [];
        const create = chrome.notifications.create.bind(chrome.notifications);
        chrome.notifications.create = ((...args: unknown[]) => {
          scope.created?.push(args);
          return (create as (...a: unknown[]) => unknown)(...args);
        }) as typeof chrome.notifications.create;
        void chrome.alarms.create(alarm, { when: RealDate.now() });
      },
      { noon: day.getTime(), alarm: NOTIFY_ALARM },
    );
    await expect
      .poll(
        () => test.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())),
        {
          timeout: 20_000,
        },
      )
      .toHaveLength(1);
    const [[id, shown]] = (await test.worker.evaluate(
      () => (globalThis as unknown as { created: unknown[] }).created,
    )) as [[string, { title: string; message: string; buttons?: { title: string }[] }]];
    expect(shown.title).toMatch(/^Vanavond in de buurt: /);
    expect(titles).toContain(shown.title.replace(/^Vanavond in de buurt: /, ''));
    expect(shown.message).toMatch(/^\d{2}:\d{2}, /);
    expect(shown.message).toContain('Omdat ');
    expect(shown.message).toContain(
      `Gekozen op je toestel uit: opgegeven interesses en je buurt (${district}).`,
    );
    expect(shown.buttons).toEqual([{ title: 'Stop deze meldingen' }]);
    expect(await getExtensionStorage(test.worker, NOTIFIED_DAY_KEY)).toBe(localDay(day));

    // A click on the notification opens the activity's page on the agenda.
    const opened = test.browser.context.waitForEvent('page');
    await test.worker.evaluate((notificationId) => {
      (chrome.notifications.onClicked as unknown as Dispatchable).dispatch(notificationId);
    }, id);
    const activityPage = await opened;
    await activityPage.waitForLoadState('load');
    expect(activityPage.url()).toBe(id.replace(/^verwonder\/daily /, ''));
    expect(await activityPage.textContent('h1')).toBe(
      shown.title.replace(/^Vanavond in de buurt: /, ''),
    );

    // "Stop deze meldingen": the option goes off, and the options page shows it.
    await test.worker.evaluate((notificationId) => {
      (chrome.notifications.onButtonClicked as unknown as Dispatchable).dispatch(notificationId, 0);
    }, id);
    await options.waitForSelector('#notifications[data-enabled="false"]');
    expect(await options.isChecked('#notify-switch')).toBe(false);
    expect(await getExtensionStorage(test.worker, NOTIFICATIONS_KEY)).toEqual({
      enabled: false,
      district,
    });
    await test.worker.evaluate(() => {
      const scope = globalThis as unknown as { Date: DateConstructor; realDate: DateConstructor };
      scope.Date = scope.realDate;
    });
    expect(problems).toEqual([]);
  });
});
