/**
 * The page reports the popup lists, per tab in storage.session. A report is about one origin: once
 * the tab leaves it, the report is dropped (the new page reports again if Verwonder acts there).
 */
import type { StorageArea } from '../control/storage-area.ts';
import { StoredReportSchema } from '../messaging/runtime-messages.ts';

export const reportKey = (tabId: number) => `page-report/${tabId}`;

/** Called on a tab's URL change: drops its report unless it is about the new URL's origin. */
export async function forgetReportElsewhere(
  session: StorageArea,
  tabId: number,
  url: string,
): Promise<void> {
  const stored = StoredReportSchema.safeParse(
    (await session.get(reportKey(tabId)))[reportKey(tabId)],
  );
  if (!stored.success) return;
  let origin: string | undefined;
  try {
    origin = new URL(url).origin;
  } catch {
    origin = undefined;
  }
  if (stored.data.origin !== origin) await session.remove(reportKey(tabId));
}
