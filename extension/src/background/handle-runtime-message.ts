/**
 * The worker's one entry for runtime messages: checks the request's shape and its sender, then
 * gives what the extension's own pages may ask to answer-extension-page.ts and what a content
 * script may ask to answer-content-message.ts.
 */
import { RuntimeRequestSchema } from '../messaging/runtime-messages.ts';
import { classifySender, type MessageSender } from '../messaging/sender-check.ts';
import { answerContentMessage } from './answer-content-message.ts';
import { answerExtensionPage } from './answer-extension-page.ts';
import type { BackgroundDeps } from './background-deps.ts';
import type { RuntimeResponse } from './runtime-response.ts';

/**
 * Answers a runtime message, or resolves to undefined for anything that is not ours or comes from a
 * sender not allowed to send it (so it is ignored, and other listeners may answer).
 */
export async function handleRuntimeMessage(
  message: unknown,
  sender: MessageSender,
  deps: BackgroundDeps,
): Promise<RuntimeResponse | undefined> {
  const request = RuntimeRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  const from = classifySender(sender, deps);
  if (!from) return undefined;
  const data = request.data;
  switch (data.type) {
    case 'verwonder/ping':
      return { type: 'verwonder/pong', version: deps.version };
    case 'verwonder/get-page-report':
    case 'verwonder/get-taste-count':
    case 'verwonder/get-prompt':
    case 'verwonder/answer-prompt':
    case 'verwonder/pair':
    case 'verwonder/unpair':
      return from.kind === 'extension-page' ? answerExtensionPage(data, deps) : undefined;
  }
  return from.kind === 'content' ? answerContentMessage(data, from, sender.url, deps) : undefined;
}
