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
import { settingsToStore } from './settings-to-store.ts';

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

  // These once fell back to DEFAULT_SETTINGS (mode on, everything allowed) as a whole: one bad or
  // unknown member turned a person's "off" into "on". Now each field is read on its own.
  it.each([
    ['an unknown mode', { mode: 'maybe' }, { mode: 'off' }],
    ['a mode that is not a string', { mode: 1 }, { mode: 'off' }],
    [
      'an unknown category',
      { categories: { diary: true, loans: false } },
      { categories: { loans: false } },
    ],
    [
      'a category switch that is not a boolean',
      { categories: { loans: 'no' } },
      { categories: { loans: false } },
    ],
    ['an unknown key', { spy: true, language: 'en' }, { language: 'en' }],
    [
      'a site value of the wrong type',
      { sites: { [LIBRARY]: { enabled: 'yes', capture: true } } },
      { sites: { [LIBRARY]: { enabled: false, disabledCategories: [], capture: true } } },
    ],
    ['a dial above 1', { dial: 1.5, mode: 'limited' }, { mode: 'limited' }],
    ['a dial below 0', { dial: -0.1 }, {}],
    ['a dial that is not a number', { dial: 'verras-me' }, {}],
    [
      'a vault address that is no http(s) URL',
      { vaultUrl: 'javascript:x', mode: 'off' },
      { mode: 'off' },
    ],
  ])(
    'keeps every readable field beside %s, a bad switch counting as off',
    (_label, stored, kept) => {
      expect(parseSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, ...kept });
    },
  );

  it.each([
    ['a category this version does not know', { categories: { loans: false, 'music-app': false } }],
    [
      'an unknown category stopped on a site',
      { sites: { [LIBRARY]: { enabled: false, disabledCategories: ['music-app', 'loans'] } } },
    ],
    ['an extra member on a site', { sites: { [LIBRARY]: { enabled: false, fill: true } } }],
    ['an extra top-level member', { notifyDistrict: 'Berchem' }],
  ])(
    'keeps "off" off beside %s (review finding: one unknown settings field turned off into on)',
    (_label, extra) => {
      const settings = parseSettings({
        mode: 'off',
        language: 'en',
        categories: { loans: false },
        ...extra,
      });
      expect(settings.mode).toBe('off');
      expect(settings.language).toBe('en');
      expect(isActiveOn(settings, LIBRARY)).toBe(false);
      expect(allowedCategories({ ...settings, mode: 'on' }, LIBRARY)).not.toContain('loans');
    },
  );

  it('fails closed when the switches themselves cannot be read (review finding: one unknown settings field turned off into on)', () => {
    expect(parseSettings('on').mode).toBe('off');
    expect(parseSettings({ sites: [LIBRARY] }).mode).toBe('off');
    expect(allowedCategories(parseSettings({ categories: ['loans'] }), LIBRARY)).toEqual([]);
    const stoppedAll = parseSettings({ sites: { [LIBRARY]: { disabledCategories: 'loans' } } });
    expect(allowedCategories(stoppedAll, LIBRARY)).toEqual([]);
    expect(isActiveOn(parseSettings({ sites: { [LIBRARY]: 'off' } }), LIBRARY)).toBe(false);
  });
});

describe('settingsToStore', () => {
  it('keeps what this version does not know when it writes (review finding: one unknown settings field turned off into on)', () => {
    const stored = {
      mode: 'off',
      language: 'en',
      categories: { loans: false, 'music-app': false },
      sites: { [LIBRARY]: { enabled: true, disabledCategories: ['music-app'], fill: true } },
      notifyDistrict: 'Berchem',
    };
    const next = withCategoryStopped(parseSettings(stored), LIBRARY, 'browsing');
    expect(settingsToStore(stored, next)).toEqual({
      ...DEFAULT_SETTINGS,
      mode: 'off',
      language: 'en',
      categories: { loans: false, 'music-app': false },
      sites: {
        [LIBRARY]: {
          enabled: true,
          capture: false,
          disabledCategories: ['browsing', 'music-app'],
          fill: true,
        },
      },
      notifyDistrict: 'Berchem',
    });
    expect(settingsToStore(undefined, DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
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
