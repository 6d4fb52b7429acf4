import { DATA_CATEGORY_IDS } from '@verwonder/shared';
import { describe, expect, it } from 'vitest';
import { scopeText } from './scope-text.ts';

describe('scopeText', () => {
  it('writes Dutch with the right form of "nieuw" for every category (review finding: "Nieuwe surfgedrag" on the consent page)', () => {
    const titles = Object.fromEntries(
      DATA_CATEGORY_IDS.map((id) => [id, scopeText(`${id}:write`, 'nl').title]),
    );
    expect(titles.browsing).toBe(
      'Nieuw surfgedrag op stadssites in je kluis bewaren en het aanpassen',
    );
    expect(titles.profile).toBe('Nieuw profiel in je kluis bewaren en het aanpassen');
    expect(titles['museum-app']).toBe(
      'Nieuw gebruik van de museumapp in je kluis bewaren en het aanpassen',
    );
    expect(titles.location).toBe('Nieuwe grove locatie in je kluis bewaren en ze aanpassen');
    expect(titles.loans).toBe('Nieuwe bibliotheekuitleningen in je kluis bewaren en ze aanpassen');
    expect(titles.feedback).toBe('Nieuwe feedback in je kluis bewaren en ze aanpassen');
    expect(scopeText('browsing:write', 'en').title).toBe(
      'Save new browsing on city sites in your vault and change them',
    );
  });
});
