/** What the content script needs from the browser (the real APIs, or a test's stand-ins). */
import type { StorageArea } from '../control/storage-area.ts';
import type { RuntimeRequest } from '../messaging/runtime-messages.ts';

export interface ContentEnv {
  document: Document;
  local: StorageArea;
  onStorageChanged(listener: (keys: readonly string[]) => void): void;
  send(message: RuntimeRequest): Promise<unknown>;
  /** Whether the person can see an element (can-see.ts; a test DOM without layout passes its own). */
  canSee?: (element: Element) => boolean;
}
