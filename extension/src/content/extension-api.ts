/// <reference types="chrome" />
/**
 * The few extension APIs the content script uses, without webextension-polyfill (10 kB of the
 * bundle every page load parses): Firefox has the promise-based `browser`, and Chrome's MV3
 * `chrome` returns promises for these calls too.
 */
import type { StorageArea } from '../control/storage-area.ts';

type ExtensionApi = typeof chrome;

export function extensionApi(scope: object = globalThis): ExtensionApi {
  const { browser, chrome: chromeApi } = scope as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = browser ?? chromeApi;
  if (!api?.runtime) throw new Error('not running as an extension content script');
  return api;
}

export function localStorageArea(api: ExtensionApi): StorageArea {
  const area = api.storage.local;
  return {
    get: (keys) => area.get(keys),
    set: (items) => area.set(items),
    remove: (key) => area.remove(key),
  };
}
