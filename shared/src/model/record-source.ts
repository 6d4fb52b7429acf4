import { z } from 'zod';

/** Who wrote a record: the person, a city site (OAuth client), the extension, or a file import. */
export const RecordSource = z.discriminatedUnion('type', [
  z.object({ type: z.literal('person') }).strict(),
  z
    .object({
      type: z.literal('client'),
      clientId: z.url().max(2000),
      name: z.string().max(200).optional(),
    })
    .strict(),
  z.object({ type: z.literal('extension') }).strict(),
  z
    .object({
      type: z.literal('import'),
      fileName: z.string().max(300).optional(),
      format: z.enum(['csv', 'json', 'export']),
    })
    .strict(),
]);
export type RecordSource = z.infer<typeof RecordSource>;
