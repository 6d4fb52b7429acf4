/**
 * The nine districts of the City of Antwerp with a rough centre (two decimals, about 1 km: the
 * district house or main square), for "in de buurt". The names are those of the catalogue's
 * addresses (shared/src/catalog/district.ts, which is built with full zod and so not bundled here).
 */
export const DISTRICT_CENTRES = {
  Antwerpen: { latitude: 51.22, longitude: 4.4 },
  Berchem: { latitude: 51.19, longitude: 4.43 },
  'Berendrecht-Zandvliet-Lillo': { latitude: 51.34, longitude: 4.31 },
  Borgerhout: { latitude: 51.21, longitude: 4.44 },
  Deurne: { latitude: 51.22, longitude: 4.47 },
  Ekeren: { latitude: 51.28, longitude: 4.42 },
  Hoboken: { latitude: 51.18, longitude: 4.35 },
  Merksem: { latitude: 51.25, longitude: 4.45 },
  Wilrijk: { latitude: 51.17, longitude: 4.39 },
} as const;

export type DistrictName = keyof typeof DISTRICT_CENTRES;

export const DISTRICT_NAMES = Object.keys(DISTRICT_CENTRES) as [DistrictName, ...DistrictName[]];
