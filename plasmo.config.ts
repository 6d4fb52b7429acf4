/**
 * The one source of the browser extension's manifest settings. `npm run build -w extension`
 * (extension/scripts/build.ts) writes them into extension/package.json, where Plasmo reads them.
 */
import { defineExtensionConfig } from './extension/manifest/extension-config.ts';

/** The demo city sites (examples/city-sites): library, events agenda and museum. */
const CITY_SITE_PORTS = [4801, 4802, 4803] as const;

export default defineExtensionConfig({
  name: 'Verwonder',
  description:
    'Persoonlijke, verrassende cultuursuggesties op de stadswebsites van Antwerpen, uit je eigen kluis.',
  version: '0.1.0',
  // scripting: the content script on other sites the person turned on; activeTab: the popup may
  // read the current tab's address to offer that (no install warning); alarms: background refresh;
  // notifications: the opt-in daily notification (options page, off by default).
  permissions: ['storage', 'scripting', 'activeTab', 'alarms', 'notifications'],
  supportedSites: ['127.0.0.1', 'localhost'].flatMap((host) =>
    CITY_SITE_PORTS.map((port) => `http://${host}:${port}/*`),
  ),
  // The vault in development and the browser tests (fixed port: a host permission names it).
  vaultSites: ['http://localhost:4800/*', 'http://127.0.0.1:4800/*'],
  // Any other site, asked for one origin when the person turns Verwonder on there (popup).
  optionalHostPermissions: ['http://*/*', 'https://*/*'],
  targets: ['chrome-mv3', 'firefox-mv3'],
  firefox: { geckoId: 'verwonder@antwerpen.be', strictMinVersion: '128.0' },
});
