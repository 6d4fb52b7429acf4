/**
 * The vault connection on the options page: the "Verbinden" button (the background opens the
 * vault's consent page in a tab), "Ontkoppelen" while paired (a session is stored), and the pairing
 * status, kept current from storage.local, with a new attempt beside a pairing that holds.
 */
import browser from 'webextension-polyfill';

import type { Language } from '../control/settings.ts';
import type { Messages } from '../i18n/messages.ts';
import { ACCESS_ENDED, ISSUER_MISMATCH } from '../vault/pairing-status.ts';
import { ROW_STYLE } from './page-style.ts';
import { scopeLabel } from './scope-label.ts';
import { usePairingStatus } from './use-pairing-status.ts';

export function PairingPanel(props: {
  m: Messages;
  language: Language;
  vaultUrl: string;
  valid: boolean;
  /** Keeps the address in the settings (the popup links to it). */
  onConnect?: () => void;
}) {
  const { m } = props;
  const status = usePairingStatus();
  const reason = (error: string | undefined) =>
    error === ISSUER_MISMATCH ? m.pairingIssuerMismatch : (error ?? '');

  const send = (message: object) => void browser.runtime.sendMessage(message);
  const text =
    status.state === 'paired'
      ? m.pairingPaired.replace('{vault}', status.issuer ?? '')
      : status.state === 'pending'
        ? m.pairingPending
        : status.state === 'failed'
          ? m.pairingFailed.replace('{error}', reason(status.error))
          : status.error === 'revocation_failed'
            ? m.pairingRevokeFailed.replace('{vault}', status.issuer ?? '')
            : status.error === ACCESS_ENDED
              ? m.pairingAccessEnded
              : m.pairingUnpaired;
  // A new "Verbinden" while paired: the connection in place holds, the attempt is shown beside it.
  const attempt = status.state === 'paired' ? status.attempt : undefined;

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
      {attempt && (
        <p id="pairing-attempt" role="status" data-state={attempt.state} style={ROW_STYLE}>
          {attempt.state === 'pending'
            ? m.pairingRetrying
            : m.pairingRetryFailed.replace('{error}', reason(attempt.error))}
        </p>
      )}
      {status.state === 'paired' && (
        <>
          <div style={ROW_STYLE} id="pairing-scopes">
            <p id="pairing-scopes-title" style={{ margin: 0 }}>
              {m.pairingScopes}
            </p>
            <ul aria-labelledby="pairing-scopes-title" style={{ margin: '2px 0' }}>
              {(status.scopes ?? []).map((scope) => (
                <li key={scope} data-scope={scope}>
                  {scopeLabel(scope, props.language)}
                </li>
              ))}
            </ul>
          </div>
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
