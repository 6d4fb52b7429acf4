/**
 * The background's plain answer: done or refused. Apart from runtime-messages.ts so the content
 * script, which reads it (a reaction kept or not), does not carry the full message table.
 */
import { boolean, strictObject, type infer as Infer } from 'zod/mini';

export const AckSchema = strictObject({ ok: boolean() });
export type Ack = Infer<typeof AckSchema>;
