/**
 * The Verwonder browser extension as an OAuth client. An extension cannot serve a Client ID Metadata
 * Document (its pages are chrome-extension:// or moz-extension:// URLs the vault cannot fetch), so
 * the vault serves the extension's document itself, under its own origin, and answers its own
 * `client_id` without a network round trip. The redirect URI is a static page of the vault that the
 * extension watches for (tabs.onUpdated) and closes; PKCE and DPoP protect the code it carries.
 */
export const EXTENSION_CLIENT_PATH = '/oauth/clients/verwonder-extension.json';
export const EXTENSION_CALLBACK_PATH = '/oauth/extension-callback';

/**
 * The most the extension may ask (older versions asked `dna:read` too); the consent page lets the
 * person untick any of them, and ticks EXTENSION_UNTICKED_SCOPES only when the person does.
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
  'dna:read',
] as const;

export const extensionClientId = (issuer: string): string => `${issuer}${EXTENSION_CLIENT_PATH}`;

/**
 * Scopes the extension may ask that its consent page shows unticked: the profile is read only when
 * the person presses "Vul in vanuit mijn kluis" on a form, and the interest profile (`dna:read`) is
 * used by no version that still asks it. Sites ask only what they use; the extension asks for its
 * optional features too, so the person ticks those themselves.
 */
export const EXTENSION_UNTICKED_SCOPES: ReadonlySet<string> = new Set(['profile:read', 'dna:read']);

export function extensionClientDocument(issuer: string) {
  return {
    client_id: extensionClientId(issuer),
    client_name: 'Verwonder-extensie',
    redirect_uris: [`${issuer}${EXTENSION_CALLBACK_PATH}`],
    client_uri: `${issuer}/`,
    scope: EXTENSION_SCOPES.join(' '),
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'none',
  };
}

/** The vault's own client documents by client_id (today: the extension's), for the resolver. */
export function ownClientDocument(issuer: string, clientId: string): unknown {
  return clientId === extensionClientId(issuer) ? extensionClientDocument(issuer) : undefined;
}
