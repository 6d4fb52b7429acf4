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

/** What a site entry that cannot be read counts as: switched off (never on by accident). */
const UNREADABLE_SITE: SiteSettings = { enabled: false, disabledCategories: [], capture: false };
const VaultUrlSchema = SettingsSchema.shape.vaultUrl;
const UnitSchema = number().check(minimum(0), maximum(1));

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored field: its value when readable, `missing` when absent, `unreadable` otherwise. */
function field<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
  missing: T,
  unreadable: T,
): T {
  if (value === undefined) return missing;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : unreadable;
}

/** Known category ids of a stored list; a list that cannot be read stops every category. */
function categoryList(value: unknown): CategoryId[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [...CATEGORY_IDS];
  return CATEGORY_IDS.filter((id) => value.includes(id));
}

function parseSite(value: unknown): SiteSettings {
  if (!isPlainObject(value)) return UNREADABLE_SITE;
  return {
    enabled: field(boolean(), value.enabled, true, false),
    disabledCategories: categoryList(value.disabledCategories),
    capture: field(boolean(), value.capture, false, false),
  };
}

/**
 * Settings read from storage, field by field: storage is shared with older and newer versions, so a
 * member this version does not know (a newer category, a new option) is ignored and every readable
 * part kept. A switch that cannot be read counts as off: an unreadable mode is "off", an unreadable
 * category switch or site entry is off, never the defaults (which allow everything).
 */
export function parseSettings(value: unknown): Settings {
  if (value === undefined || value === null) return DEFAULT_SETTINGS;
  if (!isPlainObject(value)) return { ...DEFAULT_SETTINGS, mode: 'off' };
  const { categories, sites } = value;
  const vaultUrl = VaultUrlSchema.safeParse(value.vaultUrl);
  return {
    // Without readable site switches no site can be known to be on.
    mode:
      sites === undefined || isPlainObject(sites)
        ? field(ModeSchema, value.mode, 'on', 'off')
        : 'off',
    language: field(LanguageSchema, value.language, 'nl', 'nl'),
    ...(vaultUrl.success && vaultUrl.data !== undefined ? { vaultUrl: vaultUrl.data } : {}),
    categories: Object.fromEntries(
      CATEGORY_IDS.flatMap((id) => {
        const stored = isPlainObject(categories) ? categories[id] : categories;
        return stored === undefined ? [] : [[id, stored === true]];
      }),
    ),
    sites: isPlainObject(sites)
      ? Object.fromEntries(Object.entries(sites).map(([origin, site]) => [origin, parseSite(site)]))
      : {},
    dial: field(UnitSchema, value.dial, DIAL_PRESETS.default, DIAL_PRESETS.default),
    baselineShare: field(
      UnitSchema,
      value.baselineShare,
      DEFAULT_BASELINE_SHARE,
      DEFAULT_BASELINE_SHARE,
    ),
  };
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
