/**
 * The content script on sites beyond the city sites: registered (scripting API) for each origin
 * the person granted from the popup, while that site is not switched off; unregistered when the
 * permission goes or the site is switched off. Works out what to change; index.ts applies it.
 */
import { siteSettings, type Settings } from '../control/settings.ts';
import { originOfMatchPattern } from '../messaging/sender-check.ts';

const ID_PREFIX = 'verwonder-site ';

export const siteScriptId = (origin: string) => `${ID_PREFIX}${origin}`;

export interface SiteScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
}

export interface SiteScriptPlan {
  /** Origins the content script should run on now (for the sender check). */
  origins: string[];
  register: SiteScript[];
  unregister: string[];
}

/**
 * `granted` are the match patterns of permissions.getAll(); `required` the manifest's own host
 * permissions (city sites and vaults, never registered here); `registeredIds` what is registered.
 */
export function planSiteScripts(input: {
  granted: readonly string[];
  required: readonly string[];
  registeredIds: readonly string[];
  settings: Settings;
  js: readonly string[];
}): SiteScriptPlan {
  const required = new Set(input.required);
  const origins = input.granted
    .filter((pattern) => !required.has(pattern))
    .flatMap((pattern) => originOfMatchPattern(pattern) ?? [])
    .filter((origin) => siteSettings(input.settings, origin).enabled);
  const wanted = new Set(origins.map(siteScriptId));
  const registered = new Set(input.registeredIds.filter((id) => id.startsWith(ID_PREFIX)));
  return {
    origins,
    register: origins
      .filter((origin) => !registered.has(siteScriptId(origin)))
      .map((origin) => ({
        id: siteScriptId(origin),
        matches: [`${origin}/*`],
        js: [...input.js],
        runAt: 'document_idle',
      })),
    unregister: [...registered].filter((id) => !wanted.has(id)),
  };
}
