/**
 * The origins the options list and the popup group into sites: the supported ones, and every other
 * origin the settings hold a switch for (a site turned on from the popup, a category stopped there
 * from a why-panel), so that whatever set it, the person can find it again to switch it off.
 */
import type { Settings } from '../control/settings.ts';

/** Whether `key` is an http(s) origin as the popup stores it (storage may hold anything). */
function isWebOrigin(key: string): boolean {
  try {
    const url = new URL(key);
    return /^https?:$/.test(url.protocol) && url.origin === key;
  } catch {
    return false;
  }
}

export function listedSiteOrigins(supported: readonly string[], settings: Settings): string[] {
  return [...new Set([...supported, ...Object.keys(settings.sites).filter(isWebOrigin)])];
}
