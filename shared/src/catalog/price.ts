import { z } from 'zod';

export const Price = z
  .object({
    isFree: z.boolean(),
    amount: z.number().nonnegative().optional(),
    currency: z.literal('EUR'),
    reduced: z.number().nonnegative().optional(),
  })
  .refine((p) => (p.isFree ? !p.amount : p.amount !== undefined && p.amount > 0), {
    message: 'a free item has no amount; a paying item needs an amount > 0',
  })
  .refine((p) => p.reduced === undefined || (p.amount !== undefined && p.reduced < p.amount), {
    message: 'reduced price must be lower than the base amount',
  });
export type Price = z.infer<typeof Price>;
