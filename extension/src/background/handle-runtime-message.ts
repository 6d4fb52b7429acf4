import { RuntimeRequestSchema, type PingResponse } from '../messaging/runtime-messages.ts';

/**
 * Answers a runtime message, or returns undefined for anything that is not ours (so other
 * listeners may answer it). Pure apart from `version`, so it is unit-testable outside a browser.
 */
export function handleRuntimeMessage(message: unknown, version: string): PingResponse | undefined {
  const request = RuntimeRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  switch (request.data.type) {
    case 'verwonder/ping':
      return { type: 'verwonder/pong', version };
  }
}
