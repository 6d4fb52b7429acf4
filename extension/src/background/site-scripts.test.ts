import { describe, expect, it } from 'vitest';

import { parseSettings } from '../control/settings.ts';
import { planSiteScripts, siteScriptId } from './site-scripts.ts';

const REQUIRED = ['http://127.0.0.1:4801/*', 'http://localhost:4800/*'];
const JS = ['verwonder.1234.js'];
const OTHER = 'https://www.example.org';

describe('planSiteScripts', () => {
  it('registers the content script for a granted origin, never for the manifest’s own sites', () => {
    const plan = planSiteScripts({
      granted: [...REQUIRED, `${OTHER}/*`],
      required: REQUIRED,
      registeredIds: [],
      settings: parseSettings({}),
      js: JS,
    });
    expect(plan.origins).toEqual([OTHER]);
    expect(plan.register).toEqual([
      { id: siteScriptId(OTHER), matches: [`${OTHER}/*`], js: JS, runAt: 'document_idle' },
    ]);
    expect(plan.unregister).toEqual([]);
  });

  it('leaves a registered origin alone, and unregisters one whose permission went', () => {
    const gone = 'http://gone.example';
    const plan = planSiteScripts({
      granted: [`${OTHER}/*`],
      required: REQUIRED,
      registeredIds: [siteScriptId(OTHER), siteScriptId(gone), 'someone-else'],
      settings: parseSettings({}),
      js: JS,
    });
    expect(plan.register).toEqual([]);
    expect(plan.unregister).toEqual([siteScriptId(gone)]);
  });

  it('unregisters a site the person switched off, though the permission stays', () => {
    const plan = planSiteScripts({
      granted: [`${OTHER}/*`],
      required: REQUIRED,
      registeredIds: [siteScriptId(OTHER)],
      settings: parseSettings({ sites: { [OTHER]: { enabled: false } } }),
      js: JS,
    });
    expect(plan.origins).toEqual([]);
    expect(plan.unregister).toEqual([siteScriptId(OTHER)]);
  });

  it('ignores wide patterns (only one origin at a time is ever asked for)', () => {
    const plan = planSiteScripts({
      granted: ['https://*/*', '<all_urls>'],
      required: REQUIRED,
      registeredIds: [],
      settings: parseSettings({}),
      js: JS,
    });
    expect(plan.register).toEqual([]);
  });
});
