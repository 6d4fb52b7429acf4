/**
 * The settings of a site that answers at several origins (pages/site-groups.ts): stored per origin
 * (the content script and the background look up their own), shown and changed as one.
 */
import type { CategoryId } from './categories.ts';
import { siteSettings, type Settings, type SiteSettings } from './settings.ts';

export interface GroupSettings {
  /** On at every origin of the site. */
  enabled: boolean;
  /** On at some origins, off at others (an older version switched them one by one). */
  mixed: boolean;
  capture: boolean;
  /** Stopped at any origin of the site. */
  disabledCategories: CategoryId[];
}

export function groupSettings(settings: Settings, origins: readonly string[]): GroupSettings {
  const sites = origins.map((origin) => siteSettings(settings, origin));
  const enabled = sites.every((site) => site.enabled);
  return {
    enabled,
    mixed: !enabled && sites.some((site) => site.enabled),
    capture: sites.every((site) => site.capture),
    disabledCategories: [...new Set(sites.flatMap((site) => site.disabledCategories))],
  };
}

/** A copy of `settings` with `change` made at every origin of the site. */
export function withGroupChange(
  settings: Settings,
  origins: readonly string[],
  change: (site: SiteSettings) => Partial<SiteSettings>,
): Settings {
  const sites = { ...settings.sites };
  for (const origin of origins) {
    const site = siteSettings(settings, origin);
    sites[origin] = { ...site, ...change(site) };
  }
  return { ...settings, sites };
}
