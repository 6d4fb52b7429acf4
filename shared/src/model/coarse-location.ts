import { z } from 'zod';

/**
 * A location that is deliberately imprecise: two decimals (about 1 km) at most, so a record can say
 * "near Berchem" without saying "at home".
 */
const coarse = (min: number, max: number) =>
  z
    .number()
    .min(min)
    .max(max)
    .refine(
      (value) => Math.round(value * 100) / 100 === value,
      'at most two decimals (about 1 km)',
    );

export const CoarseLocation = z
  .object({
    latitude: coarse(-90, 90),
    longitude: coarse(-180, 180),
    district: z.string().min(1).max(100).optional(),
  })
  .strict();
export type CoarseLocation = z.infer<typeof CoarseLocation>;

export function coarsen(
  latitude: number,
  longitude: number,
): { latitude: number; longitude: number } {
  return {
    latitude: Math.round(latitude * 100) / 100,
    longitude: Math.round(longitude * 100) / 100,
  };
}
