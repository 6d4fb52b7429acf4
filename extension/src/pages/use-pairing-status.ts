/** The pairing status from storage.local, kept current (options page and popup). */
import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';

import {
  PAIRING_STATUS_KEY,
  parsePairingStatus,
  type PairingStatus,
} from '../vault/pairing-status.ts';

export function usePairingStatus(): PairingStatus {
  const [status, setStatus] = useState<PairingStatus>({ state: 'unpaired' });
  useEffect(() => {
    const load = async () =>
      setStatus(
        parsePairingStatus(
          (await browser.storage.local.get(PAIRING_STATUS_KEY))[PAIRING_STATUS_KEY],
        ),
      );
    void load();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PAIRING_STATUS_KEY in changes) void load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return status;
}
