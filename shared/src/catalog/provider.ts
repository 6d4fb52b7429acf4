import { z } from 'zod';

/** The organisation that offers an item (a library, a museum, a venue's programmer). */
export const Provider = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
});
export type Provider = z.infer<typeof Provider>;
