import { describe, expect, it } from 'vitest';

import { renderConsentPage, type ConsentView } from './consent-page.ts';

const request = (clientId: string): ConsentView['request'] => ({
  clientId,
  redirectUri: 'https://client.example/callback',
  state: 'state',
  scopes: ['profile:read', 'interests:read', 'feedback:write'],
  codeChallenge: 'c'.repeat(43),
  purpose: 'dpv:ServicePersonalisation',
  until: '2027-06-01',
  rankCategories: [],
});

const render = (extension: boolean, lang: 'nl' | 'en' = 'nl') =>
  renderConsentPage({
    lang,
    requestId: 'r'.repeat(43),
    csrfToken: 'csrf',
    request: request(
      extension
        ? 'http://localhost:4800/oauth/clients/verwonder-extension.json'
        : 'https://site.example/client.json',
    ),
    client: { client_id: 'x', client_name: extension ? 'Verwonder-extensie' : 'Een site' },
    extension,
    now: new Date('2026-12-07T10:00:00Z'),
  });

/** The scope checkboxes as rendered: value and whether ticked. */
const ticked = (html: string) =>
  [...html.matchAll(/name="scope"\s+value="([^"]+)"[^>]*?(checked)?\s*\/>/g)].map((m) => [
    m[1],
    m[2] === 'checked',
  ]);

describe('the consent page', () => {
  it('shows a site as a site, with its address and every scope it asked ticked', () => {
    const html = render(false);
    expect(html).toContain('Een site vraagt toegang tot je kluis.');
    expect(html).toContain('Adres van de site');
    expect(ticked(html)).toEqual([
      ['profile:read', true],
      ['interests:read', true],
      ['feedback:write', true],
    ]);
  });

  it('shows the extension as the person’s own add-on, every scope listed, the profile theirs to tick (review finding: the consent page calls the extension a site and ticks every scope)', () => {
    for (const lang of ['nl', 'en'] as const) {
      const html = render(true, lang);
      expect(html).toContain(
        lang === 'nl' ? 'Je eigen Verwonder-extensie' : 'Your own Verwonder extension',
      );
      expect(html).not.toContain(lang === 'nl' ? 'Adres van de site' : 'Address of the site');
      expect(ticked(html)).toEqual([
        ['profile:read', false],
        ['interests:read', true],
        ['feedback:write', true],
      ]);
      expect(html).toContain('id="scope-profile-read-unticked"');
    }
  });
});
