import browser from 'webextension-polyfill';

import { PingResponseSchema, type PingRequest, type PingResponse } from './runtime-messages.ts';

/** Asks the background worker whether it runs; resolves to its parsed answer. */
export async function pingBackground(): Promise<PingResponse> {
  const request: PingRequest = { type: 'verwonder/ping' };
  return PingResponseSchema.parse(await browser.runtime.sendMessage(request));
}
