/**
 * The person's control state: mode, per-site switches, per-category switches, language, vault URL,
 * and the dial from familiar to surprise.
 * Stored in `storage.local` under SETTINGS_KEY and parsed on every read (storage is shared with
 * older versions of the extension, and the content script must never act on a malformed value).
 */
import {
  _default,
  array,
  boolean,
  enum as enumOf,
  maximum,
  minimum,
  number,
  optional,
  partialRecord,
  record,
  string,
  strictObject,
  url,
  type infer as Infer,
} from 'zod/mini';
import { DIAL_PRESETS } from '@verwonder/shared/wonder/rerank/dial.ts';

import { CATEGORIES, CATEGORY_IDS, type CategoryId } from './categories.ts';

export const SETTINGS_KEY = 'verwonder/settings';

/**
 * The share of slots the baseline (ranking/baseline-slots.ts) fills unless the settings say
 * otherwise. Here, not there: the content script parses settings and must not carry the ranking.
 */
export const DEFAULT_BASELINE_SHARE = 0.1;

export const ModeSchema = enumOf(['on', 'limited', 'off']);
export type Mode = Infer<typeof ModeSchema>;

export const LanguageSchema = enumOf(['nl', 'en']);
export type Language = Infer<typeof LanguageSchema>;

export const CategoryIdSchema = enumOf(CATEGORY_IDS);

export const SiteSettingsSchema = strictObject({
  /** The site switch; a supported site is on until the person turns it off. */
  enabled: _default(boolean(), true),
  /** Categories the person stopped using on this site (from the popup or a why-panel). */
  disabledCategories: _default(array(CategoryIdSchema), []),
  /** Browsing capture is opt-in per site. */
  capture: _default(boolean(), false),
});
export type SiteSettings = Infer<typeof SiteSettingsSchema>;

export const SettingsSchema = strictObject({
  mode: _default(ModeSchema, 'on'),
  language: _default(LanguageSchema, 'nl'),
  /** Only http(s): the popup links to it. */
  vaultUrl: optional(url({ protocol: /^https?$/ })),
  /** Global category switches; a missing category is on. */
  categories: _default(partialRecord(CategoryIdSchema, boolean()), {}),
  /** Keyed by origin, e.g. "http://127.0.0.1:4801". */
  sites: _default(record(string(), SiteSettingsSchema), {}),
  /** From "vertrouwd" (0) to "verras me" (1); one value for the person, used on every site. */
  dial: _default(number().check(minimum(0), maximum(1)), DIAL_PRESETS.default),
  /**
   * The share of suggestion slots filled by the plain baseline (popularity within the page) instead
   * of wonder, for the fair comparison; which slots is fixed per device (control/device-seed.ts).
   */
  baselineShare: _default(number().check(minimum(0), maximum(1)), DEFAULT_BASELINE_SHARE),
});
export type Settings = Infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Settings read from storage, or the defaults when absent or malformed. */
export function parseSettings(value: unknown): Settings {
  const parsed = SettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function siteSettings(settings: Settings, origin: string): SiteSettings {
  return settings.sites[origin] ?? SiteSettingsSchema.parse({});
}

/** Whether the extension may do anything at all on `origin`: mode not off and the site switch on. */
export function isActiveOn(settings: Settings, origin: string): boolean {
  return settings.mode !== 'off' && siteSettings(settings, origin).enabled;
}

/**
 * The categories personalisation may use on `origin`: none when off; in the limited mode only
 * stated (non-behavioural) ones; never a category switched off globally or for this site.
 */
export function allowedCategories(settings: Settings, origin: string): CategoryId[] {
  if (!isActiveOn(settings, origin)) return [];
  const site = siteSettings(settings, origin);
  return CATEGORY_IDS.filter(
    (id) =>
      settings.categories[id] !== false &&
      !site.disabledCategories.includes(id) &&
      (settings.mode === 'on' || !CATEGORIES[id].behavioural),
  );
}

/** A copy of `settings` with `category` stopped on `origin` (idempotent). */
export function withCategoryStopped(
  settings: Settings,
  origin: string,
  category: CategoryId,
): Settings {
  const site = siteSettings(settings, origin);
  if (site.disabledCategories.includes(category)) return settings;
  return {
    ...settings,
    sites: {
      ...settings.sites,
      [origin]: { ...site, disabledCategories: [...site.disabledCategories, category] },
    },
  };
}
