/** The background service worker (an event page on Firefox): answers runtime messages. */
import browser from 'webextension-polyfill';

import { originOfMatchPattern } from '../messaging/sender-check.ts';
import { handleRuntimeMessage, type BackgroundDeps } from './handle-runtime-message.ts';

const manifest = browser.runtime.getManifest();
const hostPermissions = 'host_permissions' in manifest ? manifest.host_permissions : [];

const deps: BackgroundDeps = {
  version: manifest.version,
  extensionId: browser.runtime.id,
  extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
  supportedOrigins: new Set(
    (hostPermissions ?? []).flatMap((pattern) => originOfMatchPattern(pattern) ?? []),
  ),
  local: browser.storage.local,
  session: browser.storage.session,
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
};

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  // undefined leaves the message to other listeners; the polyfill sends a resolved value back.
  handleRuntimeMessage(message, sender, deps).then((response) => response ?? undefined),
);
