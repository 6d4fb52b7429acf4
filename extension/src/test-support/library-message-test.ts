import type { BackgroundDeps } from '../background/background-deps.ts';
import { memoryStorageArea } from '../control/storage-area.ts';
import type { MessageSender } from '../messaging/sender-check.ts';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const LIBRARY = 'http://127.0.0.1:4801';
const CONTENT: MessageSender = {
  id: EXTENSION_ID,
  url: `${LIBRARY}/?q=x`,
  tab: { id: 7 },
  frameId: 0,
};
const POPUP: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/popup.html` };

/**
 * The worker and its two senders in a unit test of the runtime messages: the library is the one
 * supported site, the content script is on its search page in tab 7, the popup is an extension
 * page; the clock is fixed at 28 November 2026 noon and every new id is "1".
 */
export const libraryMessageTest = {
  LIBRARY,
  CONTENT,
  POPUP,
  deps(local = memoryStorageArea()): BackgroundDeps {
    return {
      version: '0.1.0',
      extensionId: EXTENSION_ID,
      extensionOrigin: EXTENSION_ORIGIN,
      supportedOrigins: new Set([LIBRARY]),
      local,
      session: memoryStorageArea(),
      now: () => new Date('2026-11-28T12:00:00Z'),
      newId: () => '1',
    };
  },
};
