/**
 * Pairing: the extension is an OAuth client of the person's vault like any other (authorization code
 * + PKCE S256 + DPoP). Its Client ID Metadata Document and its redirect page are served by the vault
 * itself; the background opens the authorization URL in a tab, sees the tab reach the redirect page
 * (tabs.onUpdated), takes `code` and `state`, closes the tab and exchanges the code.
 */
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';

import type { StorageArea } from '../control/storage-area.ts';
import { randomToken } from './base64url.ts';
import { generateDpopKey, jwkThumbprint, publicJwk } from './dpop-key.ts';
import type { KeyValueDb } from './key-value-db.ts';
import {
  PENDING_KEY_DB_KEY,
  PENDING_PAIRING_KEY,
  PendingPairingSchema,
  ServerMetadataSchema,
  type PendingPairing,
  type VaultSession,
} from './pairing-state.ts';
import { PAIRING_STATUS_KEY } from './pairing-status.ts';
import { pairedStatusOf, setAttempt } from './pairing-attempt.ts';
import { newPkce } from './pkce.ts';
import { revokeGrant } from './revoke-grant.ts';
import { requestTokens, sessionOf, type VaultConnection } from './vault-connection.ts';
import { vaultIssuerOf } from './vault-issuer.ts';

/**
 * What the extension asks, no more than it uses (not `dna:read`: it ranks on the device with the
 * records themselves); the person may untick any scope on the consent page, where `profile:read`
 * (read only when they press "Vul in vanuit mijn kluis") starts unticked.
 */
export const EXTENSION_SCOPES = [
  'profile:read',
  'interests:read',
  'loans:read',
  'tickets:read',
  'visits:read',
  'museum-app:read',
  'browsing:read',
  'browsing:write',
  'feedback:read',
  'feedback:write',
  'location:read',
] as const;
export const EXTENSION_PURPOSE = 'dpv:ServicePersonalisation';

export interface PairingDeps {
  local: StorageArea;
  session: StorageArea;
  db: KeyValueDb;
  connection: VaultConnection;
  fetch: typeof fetch;
  now(): number;
  openTab(url: string): Promise<number | undefined>;
  closeTab(tabId: number): Promise<void>;
  language: 'nl' | 'en';
}

/** Why a pairing failed, for the status (the panel turns known codes into nl/en text). */
const reasonOf = (cause: unknown) =>
  VerwonderError.is(cause) ? cause.message : 'the vault could not be reached';

/**
 * Finds the vault's authorization server, prepares PKCE, state and a DPoP key, opens the consent tab.
 * A vault that cannot be reached, or whose metadata points elsewhere, leaves a failed attempt and
 * nothing else; a pairing already in place holds while the new one is tried.
 */
export async function startPairing(vaultUrl: string, deps: PairingDeps): Promise<void> {
  let typedIssuer: string | undefined;
  let metadata: ReturnType<typeof ServerMetadataSchema.parse>;
  let issuer: string;
  try {
    const base = new URL(vaultUrl);
    typedIssuer = base.origin;
    const response = await deps.fetch(new URL('/.well-known/oauth-authorization-server', base), {
      headers: { accept: 'application/json' },
    });
    if (!response.ok)
      throw new VerwonderError('unavailable', `the vault answered HTTP ${response.status}`);
    const parsed = ServerMetadataSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success)
      throw new VerwonderError('invalid_request', 'the address does not answer as a vault');
    metadata = parsed.data;
    issuer = vaultIssuerOf(vaultUrl, metadata);
  } catch (cause) {
    await setAttempt(deps, { state: 'failed', issuer: typedIssuer, error: reasonOf(cause) });
    return;
  }
  const pending: PendingPairing = {
    issuer,
    clientId: `${issuer}/oauth/clients/verwonder-extension.json`,
    redirectUri: `${issuer}/oauth/extension-callback`,
    tokenEndpoint: metadata.token_endpoint,
    state: randomToken(24),
    verifier: '',
  };
  const pkce = await newPkce();
  pending.verifier = pkce.verifier;
  const key = await generateDpopKey();
  await deps.db.put(PENDING_KEY_DB_KEY, key);
  const until = new Date(deps.now() + 180 * 86_400_000).toISOString().slice(0, 10);
  const authorize = new URL(metadata.authorization_endpoint);
  for (const [name, value] of Object.entries({
    response_type: 'code',
    client_id: pending.clientId,
    redirect_uri: pending.redirectUri,
    scope: EXTENSION_SCOPES.join(' '),
    state: pending.state,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
    dpop_jkt: await jwkThumbprint(await publicJwk(key)),
    authorization_details: JSON.stringify([
      { type: 'verwonder_access', purpose: EXTENSION_PURPOSE, until },
    ]),
    ui_locales: deps.language,
  }))
    authorize.searchParams.set(name, value);
  await deps.session.set({ [PENDING_PAIRING_KEY]: pending });
  await setAttempt(deps, { state: 'pending', issuer });
  const tabId = await deps.openTab(authorize.href);
  if (tabId !== undefined) await deps.session.set({ [PENDING_PAIRING_KEY]: { ...pending, tabId } });
}

/**
 * Called for every tab URL change: when it is the pending pairing's redirect URI, checks `state` and
 * `iss`, closes the tab and exchanges the code. Returns whether the URL was ours. A new session
 * replaces the one before, whose grant is then ended at its vault (no grant is left behind); a
 * failure leaves the one before in place.
 */
export async function finishPairing(
  tabId: number,
  tabUrl: string,
  deps: PairingDeps,
): Promise<boolean> {
  const stored = (await deps.session.get(PENDING_PAIRING_KEY))[PENDING_PAIRING_KEY];
  const parsed = PendingPairingSchema.safeParse(stored);
  if (!parsed.success) return false;
  const pending = parsed.data;
  const url = new URL(tabUrl);
  if (`${url.origin}${url.pathname}` !== pending.redirectUri) return false;
  // A stale or forged callback (another state) leaves the pending pairing alone.
  if (url.searchParams.get('state') !== pending.state) return false;
  await deps.session.remove(PENDING_PAIRING_KEY);
  await deps.closeTab(tabId).catch(() => undefined);
  try {
    const error = url.searchParams.get('error');
    if (error) throw new VerwonderError('access_denied', error);
    if (url.searchParams.get('iss') !== pending.issuer)
      throw new VerwonderError('invalid_request', 'the answer is not from the vault we asked');
    const code = url.searchParams.get('code');
    if (!code) throw new VerwonderError('invalid_request', 'no code in the answer');
    const key = (await deps.db.get(PENDING_KEY_DB_KEY)) as CryptoKeyPair | undefined;
    if (!key?.privateKey) throw new VerwonderError('invalid_request', 'the DPoP key is gone');
    const tokens = await requestTokens(deps.fetch, pending.tokenEndpoint, key, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: pending.redirectUri,
      client_id: pending.clientId,
      code_verifier: pending.verifier,
    });
    let session: VaultSession;
    try {
      session = sessionOf({ ...pending, key }, tokens, deps.now());
    } catch (cause) {
      // Tokens whose pod lies elsewhere are not kept: their grant is ended at once.
      await revokeGrant(deps.fetch, {
        issuer: pending.issuer,
        clientId: pending.clientId,
        accessToken: tokens.access_token,
        refreshToken: tokens.refresh_token,
      }).catch(() => false);
      throw cause;
    }
    const previous = await deps.connection.replace(session);
    await deps.db.delete(PENDING_KEY_DB_KEY);
    await deps.local.set({ [PAIRING_STATUS_KEY]: pairedStatusOf(session) });
    if (previous) await revokeGrant(deps.fetch, previous).catch(() => false);
  } catch (cause) {
    await setAttempt(deps, { state: 'failed', issuer: pending.issuer, error: reasonOf(cause) });
  }
  return true;
}
