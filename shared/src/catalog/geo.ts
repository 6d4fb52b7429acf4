import { z } from 'zod';

export const GeoPoint = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
export type GeoPoint = z.infer<typeof GeoPoint>;

/** A box around the territory of the City of Antwerp (all nine districts, port included). */
export const ANTWERP_BOUNDS = {
  minLatitude: 51.14,
  maxLatitude: 51.37,
  minLongitude: 4.21,
  maxLongitude: 4.5,
} as const;

export function isInsideAntwerp(point: GeoPoint): boolean {
  return (
    point.latitude >= ANTWERP_BOUNDS.minLatitude &&
    point.latitude <= ANTWERP_BOUNDS.maxLatitude &&
    point.longitude >= ANTWERP_BOUNDS.minLongitude &&
    point.longitude <= ANTWERP_BOUNDS.maxLongitude
  );
}

export { distanceKm } from './distance-km.ts';
