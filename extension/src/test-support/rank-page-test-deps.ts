import type { BackgroundDeps } from '../background/background-deps.ts';
import { memoryStorageArea } from '../control/storage-area.ts';
import type { MessageSender } from '../messaging/sender-check.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';

/** The worker and the page a test of verwonder/rank-page sends from. */
export interface RankPageTest {
  /** The content script's sender on the site's front page, in tab 7. */
  content: MessageSender;
  /** The worker's deps: the site supported, `local` in storage, `records` from the vault. */
  deps(
    local: Record<string, unknown>,
    records: TasteRecord[],
    sources: Pick<BackgroundDeps, 'itemModel' | 'bridge'>,
  ): BackgroundDeps;
}

/**
 * The worker of a unit test of verwonder/rank-page on the site at `origin`, its clock fixed at
 * 28 November 2026 noon (what the tests of the lazily loaded sources share: the item model, the
 * genre-theme bridge).
 */
export function rankPageTestDeps(origin: string): RankPageTest {
  return {
    content: { id: EXTENSION_ID, url: `${origin}/`, tab: { id: 7 }, frameId: 0 },
    deps: (local, records, sources) => ({
      version: '0.1.0',
      extensionId: EXTENSION_ID,
      extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
      supportedOrigins: new Set([origin]),
      local: memoryStorageArea(local),
      session: memoryStorageArea(),
      now: () => new Date('2026-11-28T12:00:00Z'),
      newId: () => '1',
      vaultTaste: async () => records,
      ...sources,
    }),
  };
}

/** A lazily loaded source (the item model, the bridge) that gives `value` and counts the asks. */
export function countedSource<T>(value: T, asked: { n: number }): () => Promise<T> {
  return async () => {
    asked.n++;
    return value;
  };
}
