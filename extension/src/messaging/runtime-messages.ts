/**
 * Messages between the content scripts/popup and the background service worker. Every message that
 * crosses the runtime boundary is parsed, never cast: a page cannot forge them, but another
 * extension version or a bug can.
 */
import { z } from 'zod';

export const PingRequestSchema = z.object({ type: z.literal('verwonder/ping') }).strict();
export type PingRequest = z.infer<typeof PingRequestSchema>;

export const PingResponseSchema = z
  .object({ type: z.literal('verwonder/pong'), version: z.string() })
  .strict();
export type PingResponse = z.infer<typeof PingResponseSchema>;

export const RuntimeRequestSchema = z.discriminatedUnion('type', [PingRequestSchema]);
export type RuntimeRequest = z.infer<typeof RuntimeRequestSchema>;
