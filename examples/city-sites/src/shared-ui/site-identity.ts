/** The three demo sites; the key also names each site's stylesheet. */
export type SiteKey = 'library' | 'agenda' | 'museum';

export interface NavLink {
  href: string;
  label: string;
}

export interface SiteIdentity {
  key: SiteKey;
  /** Full name, e.g. "Bibliotheek Antwerpen". */
  name: string;
  /** Shown under the city word mark in the header. */
  shortName: string;
  nav: NavLink[];
  contact: { lines: string[]; email: string; phone: string };
}

/** Base URLs of the running sites, filled in after they listen, for cross-links in the footer. */
export type SiteDirectory = Partial<Record<SiteKey, string>>;

export const SITE_LABELS: Record<SiteKey, string> = {
  library: 'Bibliotheek Antwerpen',
  agenda: 'UiT in Antwerpen',
  museum: 'Musea Antwerpen',
};
