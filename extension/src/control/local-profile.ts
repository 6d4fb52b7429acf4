/**
 * The taste data kept on the device until the extension is paired with a vault: the interests the
 * person states in the options page and, where they opted in per site, the item pages they opened.
 * Stored in `storage.local` under PROFILE_KEY, parsed on every read.
 */
import { _default, array, string, strictObject, type infer as Infer } from 'zod/mini';

export const PROFILE_KEY = 'verwonder/profile';

/** Most visits kept; the oldest go first. */
export const MAX_VISITS = 200;

export const BrowsingVisitSchema = strictObject({
  id: string(),
  itemId: string(),
  title: string(),
  terms: array(string()),
  origin: string(),
  time: string(),
});
export type BrowsingVisit = Infer<typeof BrowsingVisitSchema>;

export const LocalProfileSchema = strictObject({
  interests: _default(array(string()), []),
  browsing: _default(array(BrowsingVisitSchema), []),
});
export type LocalProfile = Infer<typeof LocalProfileSchema>;

export function parseProfile(value: unknown): LocalProfile {
  const parsed = LocalProfileSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : LocalProfileSchema.parse({});
}

/** "fantasy, Jazz ,, mode" -> ["fantasy", "Jazz", "mode"] (the options page's text field). */
export function parseInterests(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim().slice(0, 80))
    .filter((part) => part && !seen.has(part.toLowerCase()) && seen.add(part.toLowerCase()));
}

/** The profile with one more visit (a repeat visit to the same item replaces the older one). */
export function withVisit(profile: LocalProfile, visit: BrowsingVisit): LocalProfile {
  const others = profile.browsing.filter(
    (known) => !(known.itemId === visit.itemId && known.origin === visit.origin),
  );
  return { ...profile, browsing: [...others, visit].slice(-MAX_VISITS) };
}
