import { describe, expect, it } from 'vitest';

import { parseSettings } from '../control/settings.ts';
import { listedSiteOrigins } from './listed-site-origins.ts';

const SUPPORTED = ['http://127.0.0.1:4801', 'http://localhost:4801'];

describe('listedSiteOrigins', () => {
  it('adds every other origin with a setting, whatever set it, once (review finding: site enabled from the popup missing from the options list)', () => {
    const settings = parseSettings({
      sites: {
        'http://localhost:4801': { enabled: false },
        'https://www.example.org': { enabled: true },
        'http://localhost:5000': { disabledCategories: ['browsing'] },
      },
    });
    expect(listedSiteOrigins(SUPPORTED, settings)).toEqual([
      ...SUPPORTED,
      'https://www.example.org',
      'http://localhost:5000',
    ]);
  });

  it('leaves out stored keys that are no web origin', () => {
    const settings = parseSettings({
      sites: {
        'not an origin': { enabled: true },
        'https://www.example.org/path': { enabled: true },
        'file:///etc': { enabled: true },
        'chrome-extension://abc': { enabled: true },
      },
    });
    expect(listedSiteOrigins(SUPPORTED, settings)).toEqual(SUPPORTED);
  });
});
