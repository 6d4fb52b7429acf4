/**
 * Messages between the content scripts/popup and the background service worker. Every message that
 * crosses the runtime boundary is parsed, never cast: a page cannot forge them, but another
 * extension version or a bug can.
 */
// Named imports from zod/mini: Parcel 2.9 (inside Plasmo) mis-bundles zod's `export { z }` alias
// (`z.literal` ends up undefined), and a namespace import would pull every zod locale into the bundle.
import { discriminatedUnion, literal, string, strictObject, type infer as Infer } from 'zod/mini';

export const PingRequestSchema = strictObject({ type: literal('verwonder/ping') });
export type PingRequest = Infer<typeof PingRequestSchema>;

export const PingResponseSchema = strictObject({
  type: literal('verwonder/pong'),
  version: string(),
});
export type PingResponse = Infer<typeof PingResponseSchema>;

export const RuntimeRequestSchema = discriminatedUnion('type', [PingRequestSchema]);
export type RuntimeRequest = Infer<typeof RuntimeRequestSchema>;
