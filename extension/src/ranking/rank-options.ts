import type { GenreThemeBridge } from '@verwonder/shared/catalog/genre-theme-bridge.ts';
import type { ItemModel } from '@verwonder/shared/wonder/model/item-model.ts';

import type { BaselineOptions } from './baseline-slots.ts';
import type { PageAdjustment } from './page-signals.ts';

/** What `rankItems` (rank-items.ts) ranks with besides the items and the records. */
export interface RankOptions {
  /** How many "Voor jou" suggestions at most; one surprise may come on top. */
  relevant?: number;
  /** Item ids never to suggest (turned down by the person). */
  excluded?: ReadonlySet<string>;
  /**
   * Leave out what the person has already, instead of marking it "Ken je al": only for a caller
   * whose output no page sees (a notification), since what stays unmarked tells a page what they had.
   */
  omitKnown?: boolean;
  /** The site the items come from (the candidates' provider). */
  site?: { id: string; name: string };
  /** The person's dial, "vertrouwd" (0) to "verras me" (1); the product default when absent. */
  dial?: number;
  /** Baseline slots for the fair comparison (none when absent). */
  baseline?: BaselineOptions;
  /** What the page's place, price, date and organiser add per item (`pageSignalAdjustments`). */
  adjustments?: ReadonlyMap<string, PageAdjustment>;
  /** The collaborative model (neighbours of the books the person had); content alone when absent. */
  itemModel?: ItemModel;
  /**
   * Book genre -> UiT themes, keyed by normalised genre (read-bridge.ts); without it a reader's
   * genres reach no themes of activities.
   */
  bridge?: GenreThemeBridge;
}
