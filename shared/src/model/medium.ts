import { z } from 'zod';

/** The four ways a person takes in culture; suggestions deliberately cross them. */
export const Medium = z.enum(['read', 'watch', 'listen', 'experience']);
export type Medium = z.infer<typeof Medium>;

export const MEDIUM_LABELS: Record<Medium, { nl: string; en: string }> = {
  read: { nl: 'lezen', en: 'read' },
  watch: { nl: 'kijken', en: 'watch' },
  listen: { nl: 'luisteren', en: 'listen' },
  experience: { nl: 'beleven', en: 'experience' },
};
