/**
 * `verwonder/rank-page` in the worker: reads the page's items from the source its content script
 * sent (assemble-page.ts; the page's words are parsed and checked here, off the page's main
 * thread), ranks the shown ones with the profile, the settings and the vault's records allowed on
 * the site (rank-page.ts), and answers with the marks and only the items they mark. A page that
 * shows books, for someone with records of items, is ranked with the collaborative model, which the
 * worker loads on the first such page (lazy-item-model.ts); every page with categories allowed is
 * ranked with the genre-theme bridge (lazy-bridge.ts), by which the genres of what they read reach
 * the themes of concerts and exhibitions. Each tab has a budget of distinct item sets a minute per
 * site, all its addresses together, and each site a budget a day (rank-budget.ts); past either the
 * page is told to keep its marks.
 */
import { deviceSeed } from '../control/device-seed.ts';
import { parseProfile, PROFILE_KEY, type LocalProfile } from '../control/local-profile.ts';
import { allowedCategories, isActiveOn, parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import type { RankPageRequest, RankPageResponse } from '../messaging/rank-page-messages.ts';
import { KEEP_MARKS, NO_MARKS } from '../messaging/rank-page-response.ts';
import { assemblePage } from '../page/assemble-page.ts';
import { siteGroupOf } from '../pages/site-groups.ts';
import { rankPage } from '../ranking/rank-page.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import type { BackgroundDeps } from './background-deps.ts';

/**
 * The model links books to books the person had: without a record of an item (a loan, a visit, a
 * liked suggestion) it adds nothing, so it is not loaded for stated interests alone.
 */
const hasItemRecords = (vaultRecords: readonly TasteRecord[], profile: LocalProfile) =>
  profile.browsing.length > 0 ||
  profile.feedback.some((entry) => entry.kind === 'thumbs-up' || entry.kind === 'wow') ||
  vaultRecords.some((record) => record.itemId !== undefined);

/** A digest of the items a page shows (what the budget counts). */
async function itemSetOf(items: readonly unknown[]): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(items));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The site `origin` is an address of, named by all its addresses: what the budget counts per tab. */
const siteOf = (deps: Pick<BackgroundDeps, 'supportedOrigins'>, origin: string): string =>
  siteGroupOf([...deps.supportedOrigins], origin)
    .origins.sort()
    .join(' ');

export async function answerRankPage(
  request: RankPageRequest,
  from: { origin: string; tabId: number },
  deps: BackgroundDeps,
): Promise<RankPageResponse> {
  const { origin } = from;
  const settings = parseSettings((await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  if (!isActiveOn(settings, origin)) return NO_MARKS;
  const allowed = allowedCategories(settings, origin);
  // Asked even for a page without items: the vault is read again when it is due.
  if (allowed.length > 0) deps.freshen?.();
  const page = assemblePage(request.page);
  if (page.needsMicrodata) return { ...NO_MARKS, needsMicrodata: true };
  const budget = deps.rankBudget;
  if (budget) {
    const itemSet = await itemSetOf(page.shown);
    if (!(await budget.allows(from.tabId, siteOf(deps, origin), itemSet))) return KEEP_MARKS;
  }
  const vaultRecords = allowed.length > 0 && deps.vaultTaste ? await deps.vaultTaste(allowed) : [];
  const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
  const books = page.shown.some((item) => item.kind === 'book');
  const itemModel =
    deps.itemModel && allowed.length > 0 && books && hasItemRecords(vaultRecords, profile)
      ? await deps.itemModel()
      : undefined;
  // Small, and used by any record with genres (a loan typed by hand has no item id): always asked.
  const bridge = deps.bridge && allowed.length > 0 ? await deps.bridge() : undefined;
  const ranking = rankPage({
    items: page.shown,
    ...(request.site ? { site: request.site } : {}),
    origin,
    profile,
    settings,
    vaultRecords,
    seed: await deviceSeed(deps.local),
    itemModel,
    bridge,
  });
  const marked = new Set(ranking.suggestions.map((s) => s.itemId));
  if (page.shown.length === 1 && page.shown[0]) marked.add(page.shown[0].id);
  const answer: RankPageResponse = {
    ...ranking,
    items: page.shown.filter((item) => marked.has(item.id)),
    shown: page.shown.length,
  };
  if (request.page.microdata) answer.microdataIds = page.microdataIds;
  return answer;
}
