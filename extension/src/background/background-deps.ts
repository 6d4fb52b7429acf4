import type { CategoryId } from '../control/categories.ts';
import type { StorageArea } from '../control/storage-area.ts';
import type { ProfileFields } from '../forms/profile-fields.ts';
import type { SenderContext } from '../messaging/sender-check.ts';
import type { BridgeSource } from '../ranking/lazy-bridge.ts';
import type { ItemModelSource } from '../ranking/lazy-item-model.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import type { RankBudget } from './rank-budget.ts';

/** What the worker's message handling works with (index.ts wires the browser's; tests their own). */
export interface BackgroundDeps extends SenderContext {
  version: string;
  local: StorageArea;
  /** Page reports per tab: in memory only (storage.session), gone when the browser closes. */
  session: StorageArea;
  now(): Date;
  newId(): string;
  /** Told when a visit or feedback was queued for the vault (the background then syncs). */
  queued?: () => void;
  /** Pairing with a vault (absent in tests of the rest). */
  vault?: { pair(vaultUrl: string): Promise<void>; unpair(): Promise<void> };
  /** The cached vault records of these categories (decrypted here; absent in tests of the rest). */
  vaultTaste?: (allowed: readonly CategoryId[]) => Promise<TasteRecord[]>;
  /** Asks for a fresh read of the vault's records (throttled; pages are told if they changed). */
  freshen?: () => void;
  /** The vault's `profile` fields, read from the pod when asked (absent in tests of the rest). */
  profileFields?: () => Promise<ProfileFields>;
  /** The collaborative model, loaded on first need (lazy-item-model.ts); content alone when absent. */
  itemModel?: ItemModelSource;
  /** The genre-theme bridge, loaded on first need (lazy-bridge.ts); genres reach no themes when absent. */
  bridge?: BridgeSource;
  /** Distinct item sets a tab and a site may have ranked (rank-budget.ts); unlimited when absent. */
  rankBudget?: RankBudget;
}
