import { z } from 'zod';

/** The nine districts of the City of Antwerp. Linkeroever and Zuid belong to district Antwerpen. */
export const District = z.enum([
  'Antwerpen',
  'Berchem',
  'Berendrecht-Zandvliet-Lillo',
  'Borgerhout',
  'Deurne',
  'Ekeren',
  'Hoboken',
  'Merksem',
  'Wilrijk',
]);
export type District = z.infer<typeof District>;
