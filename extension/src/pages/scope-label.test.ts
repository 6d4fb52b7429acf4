import { describe, expect, it } from 'vitest';

import { scopeLabel } from './scope-label.ts';

describe('scopeLabel', () => {
  it('names a granted scope in words, nl and en (review finding: options page shows raw scopes)', () => {
    expect(scopeLabel('loans:read', 'nl')).toBe('Je bibliotheekuitleningen lezen');
    expect(scopeLabel('loans:read', 'en')).toBe('Read your library loans');
    expect(scopeLabel('feedback:write', 'nl')).toBe(
      'Nieuwe feedback in je kluis bewaren en ze aanpassen',
    );
    // The vault's own wording, Dutch het-words included (its consent page says the same).
    expect(scopeLabel('browsing:write', 'nl')).toBe(
      'Nieuw surfgedrag op stadssites in je kluis bewaren en het aanpassen',
    );
    expect(scopeLabel('museum-app:read', 'en')).toBe('Read your museum app use');
    expect(scopeLabel('dna:read', 'nl')).toBe('Je interesseprofiel zien');
    expect(scopeLabel('suggestions:rank', 'en')).toBe('Put lists in your order');
    // Unknown to this version: shown as it is rather than hidden.
    expect(scopeLabel('future:thing', 'nl')).toBe('future:thing');
  });
});
