import { describe, expect, it } from 'vitest';

import { catalogData } from './catalog-data.ts';
import { eventTypeMedium } from './event-type-medium.ts';

const activities = catalogData().activities();

describe('eventTypeMedium', () => {
  it("gives every catalogue activity its committed medium (the build's one rule)", () => {
    const wrong = activities.filter(
      (a) => eventTypeMedium(a.schemaType, a.eventType.id) !== a.medium,
    );
    expect(wrong.map((a) => a.id)).toEqual([]);
    expect(new Set(activities.map((a) => a.medium))).toEqual(
      new Set(['listen', 'watch', 'experience']),
    );
  });

  it('without a UiT id, falls back on the schema.org type: wrong only for parties', () => {
    const wrong = activities.filter((a) => eventTypeMedium(a.schemaType) !== a.medium);
    // A party is a SocialEvent, as a quiz and a festivity are: only its UiT type says "listen".
    expect(new Set(wrong.map((a) => a.eventType.id))).toEqual(new Set(['0.49.0.0.0']));
    expect(eventTypeMedium('MusicEvent')).toBe('listen');
    expect(eventTypeMedium('ScreeningEvent')).toBe('watch');
    expect(eventTypeMedium('TheaterEvent')).toBe('experience');
    expect(eventTypeMedium('Event', 'no-such-type')).toBe('experience');
  });

  it('lets MusicEvent and ScreeningEvent decide over the UiT type (an opera is UiT theatre)', () => {
    expect(eventTypeMedium('MusicEvent', '0.55.0.0.0')).toBe('listen');
    expect(eventTypeMedium('TheaterEvent', '0.55.0.0.0')).toBe('experience');
    expect(eventTypeMedium('SocialEvent', '0.49.0.0.0')).toBe('listen');
  });
});
