import { describe, expect, it } from 'vitest';

import { scopeLabel } from './scope-label.ts';

describe('scopeLabel', () => {
  it('names a granted scope in words, nl and en (review finding: options page shows raw scopes)', () => {
    expect(scopeLabel('loans:read', 'nl')).toBe('Je bibliotheekuitleningen lezen');
    expect(scopeLabel('loans:read', 'en')).toBe('Read your library loans');
    expect(scopeLabel('feedback:write', 'nl')).toBe(
      'Nieuwe feedback in je kluis bewaren en ze aanpassen',
    );
    expect(scopeLabel('museum-app:read', 'en')).toBe('Read your museum app use');
    expect(scopeLabel('dna:read', 'nl')).toBe('Je interesseprofiel zien');
    expect(scopeLabel('suggestions:rank', 'en')).toBe('Put lists in your order');
    // Unknown to this version: shown as it is rather than hidden.
    expect(scopeLabel('future:thing', 'nl')).toBe('future:thing');
  });
});
