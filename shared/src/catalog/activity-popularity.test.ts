import { describe, expect, it } from 'vitest';

import { ACTIVITY_SAVES_MAX, activityPopularity, activitySaves } from './activity-popularity.ts';
import { catalogData } from './catalog-data.ts';

describe('activityPopularity', () => {
  const activities = catalogData().activities();

  it("gives every catalogue activity its committed popularity back from the saves a site publishes for it, at the catalogue's top", () => {
    const saves = activities.map((activity) => activitySaves(activity.popularity));
    expect(Math.max(...saves)).toBe(ACTIVITY_SAVES_MAX);
    const wrong = activities.filter(
      (activity) => activityPopularity(activitySaves(activity.popularity)) !== activity.popularity,
    );
    expect(wrong.map((activity) => activity.id)).toEqual([]);
  });

  it('grows with the count from 0 to 1, and stays 1 beyond the top', () => {
    expect(activityPopularity(0)).toBe(0);
    expect(activityPopularity(-5)).toBe(0);
    expect(activityPopularity(120)).toBeLessThan(activityPopularity(4_000));
    expect(activityPopularity(ACTIVITY_SAVES_MAX)).toBe(1);
    expect(activityPopularity(ACTIVITY_SAVES_MAX * 3)).toBe(1);
    expect(activitySaves(2)).toBe(ACTIVITY_SAVES_MAX);
    expect(activitySaves(-1)).toBe(0);
  });
});
