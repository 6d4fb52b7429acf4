/**
 * The ranking of one page, as the background worker runs it for a content script: the page's
 * shown items, the person's local profile and settings, and the vault's records allowed on the
 * site go in; the marks to draw (with their explanations) and the records they name come out.
 * Kept in the worker so the content script carries neither the wonder code nor the vocabulary.
 */
import type { GenreThemeBridge } from '@verwonder/shared/catalog/genre-theme-bridge.ts';
import type { ItemModel } from '@verwonder/shared/wonder/model/item-model.ts';

import type { LocalProfile } from '../control/local-profile.ts';
import { allowedCategories, type Settings } from '../control/settings.ts';
import type { PageItem } from '../page/page-item.ts';
import { pageSignalAdjustments } from './page-signals.ts';
import { rankItems } from './rank-items.ts';
import type { RankedSuggestion } from './ranked-suggestion.ts';
import { localTasteRecords, rejectedItems, type TasteRecord } from './taste-record.ts';

/** How many "Voor jou" marks a page gets at most (one "Verrassing" may come on top). */
export const RELEVANT_PER_PAGE = 3;

/** What the why-panel shows of a record a suggestion rests on. */
export type UsedRecord = Pick<TasteRecord, 'id' | 'category' | 'label'>;

export interface PageRanking {
  suggestions: RankedSuggestion[];
  /** The records the suggestions name (only those: the page's script learns nothing more). */
  records: UsedRecord[];
}

export interface RankPageInput {
  items: readonly PageItem[];
  /** The demo site's key, when the page is one; names the candidates' provider. */
  site?: string;
  origin: string;
  profile: LocalProfile;
  settings: Settings;
  /** The vault's cached records of the categories allowed on `origin` (none when unpaired). */
  vaultRecords: readonly TasteRecord[];
  /** The device's seed (device-seed.ts): which slots get the baseline. */
  seed: string;
  /** The collaborative model, when the worker loaded it (lazy-item-model.ts). */
  itemModel?: ItemModel;
  /** The genre-theme bridge, when the worker loaded it (lazy-bridge.ts). */
  bridge?: GenreThemeBridge;
}

export function rankPage(input: RankPageInput): PageRanking {
  const { items, origin, profile, settings, vaultRecords } = input;
  // A visit or reaction already sent to the vault comes back from it: count it once.
  const inVault = new Set(
    vaultRecords.flatMap((r) => (r.itemId ? [`${r.category}:${r.itemId}`] : [])),
  );
  const local = localTasteRecords(profile).filter(
    (r) => !(r.itemId && inVault.has(`${r.category}:${r.itemId}`)),
  );
  const records = [...local, ...vaultRecords];
  const allowed = allowedCategories(settings, origin);
  const suggestions = rankItems(items, records, allowed, {
    relevant: RELEVANT_PER_PAGE,
    excluded: allowed.includes('feedback') ? rejectedItems(profile) : undefined,
    site: { id: input.site ?? 'page', name: origin },
    dial: settings.dial,
    // Place, price, date and organiser on the page (issue 16): one separate call.
    adjustments: pageSignalAdjustments(items, records, allowed, Date.now()),
    // The fair comparison: the person's own share of slots shows the page's popular items.
    baseline: { seed: input.seed, share: settings.baselineShare, site: origin },
    itemModel: input.itemModel,
    bridge: input.bridge,
  });
  const named = new Set(suggestions.flatMap((s) => s.recordIds));
  return {
    suggestions,
    records: records
      .filter((record) => named.has(record.id))
      .map(({ id, category, label }) => ({ id, category, label })),
  };
}
