import { z } from 'zod';
import { District } from './district.ts';
import { GeoPoint } from './geo.ts';
import { Provider } from './provider.ts';

export const VenueKind = z.enum([
  'museum',
  'library',
  'stage',
  'cinema',
  'cultural-centre',
  'concert-hall',
  'outdoor',
  'heritage-site',
  'event-hall',
]);
export type VenueKind = z.infer<typeof VenueKind>;

export const PostalAddress = z.object({
  street: z.string().min(1),
  postalCode: z.string().regex(/^2\d{3}$/),
  locality: z.literal('Antwerpen'),
  district: District,
});
export type PostalAddress = z.infer<typeof PostalAddress>;

export const Venue = z.object({
  id: z.string().regex(/^venue-[a-z0-9-]+$/),
  name: z.string().min(1),
  kind: VenueKind,
  address: PostalAddress,
  geo: GeoPoint,
  provider: Provider.optional(),
});
export type Venue = z.infer<typeof Venue>;
