/**
 * The vault connection on the options page: the "Verbinden" button (the background opens the
 * vault's consent page in a tab) and the pairing status, kept current from storage.local.
 */
import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';

import type { Messages } from '../i18n/messages.ts';
import {
  PAIRING_STATUS_KEY,
  parsePairingStatus,
  type PairingStatus,
} from '../vault/pairing-state.ts';
import { ROW_STYLE } from './page-style.ts';

export function PairingPanel(props: {
  m: Messages;
  vaultUrl: string;
  valid: boolean;
  /** Keeps the address in the settings (the popup links to it). */
  onConnect?: () => void;
}) {
  const { m } = props;
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

  const send = (message: object) => void browser.runtime.sendMessage(message);
  const text =
    status.state === 'paired'
      ? m.pairingPaired.replace('{vault}', status.issuer ?? '')
      : status.state === 'pending'
        ? m.pairingPending
        : status.state === 'failed'
          ? m.pairingFailed.replace('{error}', status.error ?? '')
          : status.error === 'revocation_failed'
            ? m.pairingRevokeFailed.replace('{vault}', status.issuer ?? '')
            : m.pairingUnpaired;

  return (
    <div id="pairing" data-state={status.state}>
      <p style={ROW_STYLE}>
        <button
          type="button"
          id="vault-connect"
          disabled={!props.valid}
          onClick={() => {
            props.onConnect?.();
            send({ type: 'verwonder/pair', vaultUrl: props.vaultUrl.trim() });
          }}
        >
          {m.connect}
        </button>{' '}
        {status.state === 'paired' && (
          <button
            type="button"
            id="vault-disconnect"
            onClick={() => send({ type: 'verwonder/unpair' })}
          >
            {m.disconnect}
          </button>
        )}
      </p>
      <p id="pairing-status" role="status" style={ROW_STYLE}>
        {text}
      </p>
      {status.state === 'paired' && (
        <>
          <p style={ROW_STYLE} id="pairing-scopes">
            {m.pairingScopes} {(status.scopes ?? []).join(', ')}
          </p>
          {(status.queued ?? 0) > 0 && (
            <p style={ROW_STYLE}>{m.pairingQueued.replace('{count}', String(status.queued))}</p>
          )}
          {status.lastSync && (
            <p style={ROW_STYLE} id="pairing-last-sync">
              {m.pairingLastSync.replace(
                '{time}',
                new Date(status.lastSync).toLocaleString(
                  document.documentElement.lang || undefined,
                ),
              )}
            </p>
          )}
        </>
      )}
    </div>
  );
}
