/**
 * storage.local: bumped when the vault's records changed, so open pages rank again. Its own file:
 * the content script watches it and must not load the vault reader (and its vocabulary) for it.
 */
export const VAULT_TASTE_VERSION_KEY = 'verwonder/vault-taste-version';
