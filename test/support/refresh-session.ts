import type { VaultSession } from '../../extension/src/vault/pairing-state.ts';
import { requestTokens } from '../../extension/src/vault/vault-connection.ts';

/** The token request the extension makes with this session's refresh token (to see if it still works). */
export const refreshSession = (session: VaultSession) =>
  requestTokens(fetch, session.tokenEndpoint, session.key, {
    grant_type: 'refresh_token',
    refresh_token: session.refreshToken!,
    client_id: session.clientId,
  });
