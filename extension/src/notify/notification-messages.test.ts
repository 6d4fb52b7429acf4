import { describe, expect, it } from 'vitest';

import { NOTIFICATION_MESSAGES } from './notification-messages.ts';

describe('notification messages', () => {
  it('has every text in Dutch and English', () => {
    const { nl, en } = NOTIFICATION_MESSAGES;
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(nl[key].length, key).toBeGreaterThan(0);
      expect(en[key].length, key).toBeGreaterThan(0);
    }
    expect(nl.stop).toBe('Stop deze meldingen');
    expect(en.stop).toBe('Stop these notifications');
  });
});
