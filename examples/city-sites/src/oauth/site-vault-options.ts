import type { DataCategoryId, Purpose } from '@verwonder/shared';
import type { SiteKey } from '../shared-ui/site-identity.ts';

/** What a site asks of a person's vault: scopes, one DPV purpose, how long, what ranking may use. */
export interface VaultRequestProfile {
  scope: string;
  purpose: Purpose;
  /** Days of access asked for; the person may shorten it on the consent page. */
  days: number;
  rankCategories?: DataCategoryId[];
}

/**
 * Per site, as the issue describes, and only what the site uses: the library writes loans (it never
 * reads them) and ranks, the agenda writes tickets and ranks, the museum reads interests.
 */
export const VAULT_PROFILES: Record<SiteKey, VaultRequestProfile> = {
  library: {
    scope: 'loans:write suggestions:rank',
    purpose: 'dpv:ProvideProductRecommendations',
    days: 180,
    rankCategories: ['loans', 'interests'],
  },
  agenda: {
    scope: 'tickets:write suggestions:rank',
    purpose: 'dpv:ProvideEventRecommendations',
    days: 180,
    rankCategories: ['tickets', 'interests', 'loans', 'visits'],
  },
  museum: { scope: 'dna:read', purpose: 'dpv:ServicePersonalisation', days: 90 },
};

export interface SiteVaultOptions {
  /** The vault's issuer URL, e.g. http://localhost:4800. */
  vaultUrl: string;
  /** The site's own public base URL; known once it listens, hence a function. */
  siteUrl: () => string;
  clientName: string;
  /** Which site this is (library, agenda, museum…): names its visitor cookie, one per site. */
  siteKey: string;
  contactEmail: string;
  profile: VaultRequestProfile;
  /** Visitors' connections are kept in memory this long after their last use. */
  sessionHours?: number;
  /** A page asks the vault about a connection it last vouched for longer ago than this (CONFIRM_AFTER_MS); 0 asks on every page. */
  confirmAfterMs?: number;
}
