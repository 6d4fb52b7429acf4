/**
 * The options page's opt-in for the daily notification (off by default), with what it does and, for
 * "in de buurt", the person's district: kept in storage.local on this device, never sent anywhere.
 */
import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';

import type { Settings } from '../control/settings.ts';
import { DISTRICT_NAMES } from '../notify/district-centres.ts';
import { NOTIFICATION_MESSAGES } from '../notify/notification-messages.ts';
import {
  NOTIFICATIONS_KEY,
  NotificationSettingsSchema,
  parseNotificationSettings,
  type NotificationSettings,
} from '../notify/notification-settings.ts';
import { FIELDSET_STYLE, ROW_STYLE } from './page-style.ts';

export function NotificationSwitch(props: { settings: Settings }) {
  const { settings } = props;
  const m = NOTIFICATION_MESSAGES[settings.language];
  const [choice, setChoice] = useState<NotificationSettings>();

  useEffect(() => {
    const load = async () => {
      const stored = await browser.storage.local.get(NOTIFICATIONS_KEY);
      setChoice(parseNotificationSettings(stored[NOTIFICATIONS_KEY]));
    };
    void load();
    // The notification's own "stop" button switches it off from the background.
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && NOTIFICATIONS_KEY in changes) void load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  if (!choice) return null;
  const save = (next: NotificationSettings) => {
    const parsed = NotificationSettingsSchema.parse(next);
    setChoice(parsed);
    void browser.storage.local.set({ [NOTIFICATIONS_KEY]: parsed });
  };
  const locationOff =
    settings.categories.location === false || settings.mode !== 'on' ? (
      <p id="notify-location-off">
        <small>{m.locationOff}</small>
      </p>
    ) : null;

  return (
    <fieldset style={FIELDSET_STYLE} id="notifications" data-enabled={String(choice.enabled)}>
      <legend>{m.legend}</legend>
      <label style={ROW_STYLE}>
        <input
          id="notify-switch"
          type="checkbox"
          checked={choice.enabled}
          aria-describedby="notify-explain"
          onChange={(event) => save({ ...choice, enabled: event.target.checked })}
        />{' '}
        {m.switchLabel}
      </label>
      <p id="notify-explain" style={{ margin: '4px 0 8px 24px' }}>
        <small>{m.explain}</small>
      </p>
      <label style={ROW_STYLE} htmlFor="notify-district">
        {m.districtLabel}
      </label>
      <select
        id="notify-district"
        value={choice.district ?? ''}
        onChange={(event) => {
          const district = DISTRICT_NAMES.find((name) => name === event.target.value);
          const { district: _previous, ...rest } = choice;
          save(district ? { ...rest, district } : rest);
        }}
      >
        <option value="">{m.districtNone}</option>
        {DISTRICT_NAMES.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      {locationOff}
    </fieldset>
  );
}
