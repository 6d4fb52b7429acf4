/**
 * The content script on the supported city sites (plain DOM, no framework: it runs on every page
 * load, so it stays small). All the work is in page-controller.ts.
 */
import type { PlasmoCSConfig } from 'plasmo';
import type { RuntimeRequest } from '../messaging/runtime-messages.ts';
import { startPageController } from '../content/page-controller.ts';
import { extensionApi, localStorageArea } from '../content/extension-api.ts';
import { startSearchCompletion } from '../content/search-completion.ts';

// Plasmo reads this object literally from the source, so it cannot import plasmo.config.ts;
// test/extension-manifest.test.ts checks that it equals `supportedSites` there.
export const config: PlasmoCSConfig = {
  matches: [
    'http://127.0.0.1:4801/*',
    'http://127.0.0.1:4802/*',
    'http://127.0.0.1:4803/*',
    'http://localhost:4801/*',
    'http://localhost:4802/*',
    'http://localhost:4803/*',
  ],
  run_at: 'document_idle',
};

const api = extensionApi();

const env = {
  document,
  local: localStorageArea(api),
  onStorageChanged: (listener: (keys: readonly string[]) => void) =>
    api.storage.onChanged.addListener((changes, area) => {
      if (area === 'local') listener(Object.keys(changes));
    }),
  send: (message: RuntimeRequest) => api.runtime.sendMessage(message),
};
startPageController(env);
startSearchCompletion(env);
