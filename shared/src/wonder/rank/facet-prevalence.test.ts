import { expect, it } from 'vitest';
import { sampleCandidates } from '../test-fixtures.ts';
import { facetPrevalence } from './facet-prevalence.ts';

it('is the share of candidates carrying a theme or genre', () => {
  const items = sampleCandidates(40);
  const prevalence = facetPrevalence(items);
  const genre = items.find((c) => c.genres.length > 0)?.genres[0] as string;
  const theme = items.find((c) => c.themes.length > 0)?.themes[0]?.id as string;
  const share = (has: (c: (typeof items)[number]) => boolean) =>
    items.filter(has).length / items.length;
  expect(prevalence('genre', genre)).toBe(share((c) => c.genres.includes(genre)));
  expect(prevalence('theme', theme)).toBe(share((c) => c.themes.some((t) => t.id === theme)));
  expect(prevalence('genre', 'no-such-genre')).toBe(0);
});
