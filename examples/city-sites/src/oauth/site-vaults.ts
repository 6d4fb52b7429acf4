import { AGENDA_IDENTITY } from '../agenda/agenda-site.ts';
import { LIBRARY_IDENTITY } from '../library/library-site.ts';
import { MUSEUM_IDENTITY } from '../museum/museum-site.ts';
import type { SiteDirectory, SiteIdentity, SiteKey } from '../shared-ui/site-identity.ts';
import { createSiteVault, type SiteVault } from './site-vault.ts';
import { VAULT_PROFILES } from './site-vault-options.ts';

const IDENTITIES: Record<SiteKey, SiteIdentity> = {
  library: LIBRARY_IDENTITY,
  agenda: AGENDA_IDENTITY,
  museum: MUSEUM_IDENTITY,
};

/** What connecting brings, per site, in the banner. */
export const VAULT_BENEFITS: Record<SiteKey, string> = {
  library: 'Je uitleningen komen in je kluis en zoekresultaten staan in jouw volgorde.',
  agenda: 'Je tickets komen in je kluis en de agenda staat in jouw volgorde.',
  museum: 'We tonen eerst wat past bij je interesses.',
};

/** One OAuth client per site, each with its own Client ID Metadata Document at `<site>/oauth/client.json`. */
export function createSiteVaults(
  vault: { url: string; confirmAfterMs?: number },
  directory: SiteDirectory,
  log: (message: string) => void,
): Record<SiteKey, SiteVault> {
  const make = (key: SiteKey): SiteVault =>
    createSiteVault(
      {
        vaultUrl: vault.url,
        siteUrl: () => {
          const url = directory[key];
          if (!url) throw new Error(`the ${key} site is not listening yet`);
          return url;
        },
        siteKey: key,
        clientName: IDENTITIES[key].name,
        contactEmail: IDENTITIES[key].contact.email,
        profile: VAULT_PROFILES[key],
        confirmAfterMs: vault.confirmAfterMs,
      },
      log,
    );
  return { library: make('library'), agenda: make('agenda'), museum: make('museum') };
}
