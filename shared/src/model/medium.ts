import { z } from 'zod';
import { MEDIA } from '../wire/vocabulary.ts';

/** The four ways a person takes in culture; suggestions deliberately cross them. */
export const Medium = z.enum(MEDIA);
export type Medium = z.infer<typeof Medium>;

export const MEDIUM_LABELS: Record<Medium, { nl: string; en: string }> = {
  read: { nl: 'lezen', en: 'read' },
  watch: { nl: 'kijken', en: 'watch' },
  listen: { nl: 'luisteren', en: 'listen' },
  experience: { nl: 'beleven', en: 'experience' },
};
