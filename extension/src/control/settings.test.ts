import { describe, expect, it } from 'vitest';

import { DIAL_PRESETS } from '@verwonder/shared/wonder/rerank/dial.ts';

import { parseInterests, parseProfile, withVisit } from './local-profile.ts';
import {
  allowedCategories,
  DEFAULT_SETTINGS,
  isActiveOn,
  parseSettings,
  withCategoryStopped,
  type Settings,
} from './settings.ts';

const LIBRARY = 'http://127.0.0.1:4801';
const MUSEUM = 'http://127.0.0.1:4803';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual({
      mode: 'on',
      language: 'nl',
      categories: {},
      sites: {},
      dial: DIAL_PRESETS.default,
      baselineShare: 0.1,
    });
  });

  it('keeps the baseline share within 0..1', () => {
    expect(parseSettings({ baselineShare: 0 }).baselineShare).toBe(0);
    expect(parseSettings({ baselineShare: 2 })).toEqual(parseSettings(undefined));
  });

  it('keeps the dial the person set, within 0..1', () => {
    expect(parseSettings({ dial: DIAL_PRESETS['verras-me'] }).dial).toBe(0.8);
    expect(parseSettings({ dial: 0 }).dial).toBe(0);
    expect(parseSettings({ dial: 1 }).dial).toBe(1);
  });

  it.each([
    ['an unknown mode', { mode: 'maybe' }],
    ['an unknown category', { categories: { diary: true } }],
    ['an unknown key', { spy: true }],
    ['a site value of the wrong type', { sites: { [LIBRARY]: { enabled: 'yes' } } }],
    ['a dial above 1', { dial: 1.5 }],
    ['a dial below 0', { dial: -0.1 }],
    ['a dial that is not a number', { dial: 'verras-me' }],
  ])('falls back to the defaults for %s', (_label, stored) => {
    expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('allowedCategories', () => {
  const on: Settings = parseSettings({});

  it('allows every category when on, none when off or when the site is off', () => {
    expect(allowedCategories(on, LIBRARY)).toHaveLength(10);
    expect(allowedCategories({ ...on, mode: 'off' }, LIBRARY)).toEqual([]);
    const siteOff = parseSettings({ sites: { [LIBRARY]: { enabled: false } } });
    expect(isActiveOn(siteOff, LIBRARY)).toBe(false);
    expect(allowedCategories(siteOff, LIBRARY)).toEqual([]);
    expect(allowedCategories(siteOff, MUSEUM)).toHaveLength(10);
  });

  it('keeps only stated categories in the limited mode', () => {
    expect(allowedCategories({ ...on, mode: 'limited' }, LIBRARY)).toEqual([
      'profile',
      'interests',
      'newsletters',
    ]);
  });

  it('drops a category switched off globally, or stopped on one site only', () => {
    expect(
      allowedCategories(parseSettings({ categories: { browsing: false } }), MUSEUM),
    ).not.toContain('browsing');
    const stopped = withCategoryStopped(on, LIBRARY, 'browsing');
    expect(allowedCategories(stopped, LIBRARY)).not.toContain('browsing');
    expect(allowedCategories(stopped, MUSEUM)).toContain('browsing');
    expect(withCategoryStopped(stopped, LIBRARY, 'browsing')).toBe(stopped);
  });
});

describe('local profile', () => {
  it('splits stated interests and drops duplicates', () => {
    expect(parseInterests('fantasy, Jazz ,,\nFANTASY; mode')).toEqual(['fantasy', 'Jazz', 'mode']);
  });

  it('keeps one visit per item, newest last', () => {
    const visit = {
      id: 'v1',
      itemId: 'book-1',
      title: 'A',
      terms: [],
      origin: LIBRARY,
      time: '2026-01-01',
    };
    const profile = withVisit(withVisit(parseProfile({}), visit), { ...visit, id: 'v2' });
    expect(profile.browsing.map((v) => v.id)).toEqual(['v2']);
    expect(parseProfile({ browsing: [{ id: 1 }] })).toEqual({
      interests: [],
      browsing: [],
      feedback: [],
    });
  });
});
