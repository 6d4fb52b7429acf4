import type { Institution } from './figures-layout.ts';

/** The demo city sites on their default ports (see examples/city-sites). */
const DEFAULT_PORTS: Record<string, Institution> = {
  '4801': 'library',
  '4802': 'agenda',
  '4803': 'museum',
};

export type InstitutionMap = Readonly<Record<string, Institution>>;

/**
 * Which institution a site (origin) belongs to: an explicit origin map first, then the demo ports.
 * A site of no known institution is left out of the figures rather than guessed.
 */
export function institutionOf(
  site: string | undefined,
  origins: InstitutionMap = {},
): Institution | undefined {
  if (!site) return undefined;
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return undefined;
  }
  return origins[url.origin] ?? DEFAULT_PORTS[url.port];
}
