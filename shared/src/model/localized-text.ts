import { z } from 'zod';

/** Every user-facing string exists in Dutch (the default) and English. */
export const LocalizedText = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();
export type LocalizedText = z.infer<typeof LocalizedText>;

export const Language = z.enum(['nl', 'en']);
export type Language = z.infer<typeof Language>;
