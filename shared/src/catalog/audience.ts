import { z } from 'zod';

export const AudienceType = z.enum(['everyone', 'members', 'education', 'children']);
export type AudienceType = z.infer<typeof AudienceType>;

export const Audience = z
  .object({
    type: AudienceType,
    minAge: z.number().int().min(0).max(120).optional(),
    maxAge: z.number().int().min(0).max(120).optional(),
  })
  .refine((a) => a.minAge === undefined || a.maxAge === undefined || a.minAge <= a.maxAge, {
    message: 'minAge must not exceed maxAge',
  });
export type Audience = z.infer<typeof Audience>;
