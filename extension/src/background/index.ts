/** The background service worker (an event page on Firefox): answers runtime messages. */
import browser from 'webextension-polyfill';

import { handleRuntimeMessage } from './handle-runtime-message.ts';

const { version } = browser.runtime.getManifest();

browser.runtime.onMessage.addListener((message: unknown) => {
  const response = handleRuntimeMessage(message, version);
  // The polyfill sends a resolved promise as the reply; undefined leaves the message to others.
  return response === undefined ? undefined : Promise.resolve(response);
});
