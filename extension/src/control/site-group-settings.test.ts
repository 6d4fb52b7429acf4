import { describe, expect, it } from 'vitest';

import { parseSettings } from './settings.ts';
import { groupSettings, withGroupChange } from './site-group-settings.ts';

const LIBRARY = ['http://127.0.0.1:4801', 'http://localhost:4801'];

describe('the settings of a site with several addresses', () => {
  it('shows it on only where every address is on, mixed where some are, and every stop', () => {
    const settings = parseSettings({
      sites: {
        'http://127.0.0.1:4801': { disabledCategories: ['browsing'] },
        'http://localhost:4801': { enabled: false, capture: true },
      },
    });
    expect(groupSettings(settings, LIBRARY)).toEqual({
      enabled: false,
      mixed: true,
      capture: false,
      disabledCategories: ['browsing'],
    });
    expect(groupSettings(parseSettings({}), LIBRARY)).toMatchObject({
      enabled: true,
      mixed: false,
    });
  });

  it('changes every address of the site, each from its own settings', () => {
    const settings = parseSettings({
      sites: {
        'http://127.0.0.1:4801': { disabledCategories: ['browsing', 'loans'] },
        'http://localhost:4801': { disabledCategories: ['loans'] },
      },
    });
    const off = withGroupChange(settings, LIBRARY, () => ({ enabled: false }));
    expect(groupSettings(off, LIBRARY)).toMatchObject({ enabled: false, mixed: false });
    const again = withGroupChange(settings, LIBRARY, (site) => ({
      disabledCategories: site.disabledCategories.filter((c) => c !== 'loans'),
    }));
    expect(again.sites['http://127.0.0.1:4801']?.disabledCategories).toEqual(['browsing']);
    expect(again.sites['http://localhost:4801']?.disabledCategories).toEqual([]);
  });
});
