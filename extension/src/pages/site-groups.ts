/**
 * The sites the person switches, one entry per site: a site answers at more than one origin (the
 * demo sites at both 127.0.0.1 and localhost, each a separate origin with its own switch in the
 * settings), and a list of origins showed every site twice, by address only.
 */

/** Names the same machine: an origin on one of these and the same port is the same site. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The demo city sites (examples/city-sites) by port, as plasmo.config.ts's CITY_SITE_PORTS lists
 * them (library, agenda, museum), under the names they show; notify/agenda-feed.ts knows the agenda
 * the same way. The extension has no grant or pairing with a site to learn a name from.
 */
const CITY_SITE_NAMES: Readonly<Record<string, string>> = {
  '4801': 'Bibliotheek Antwerpen',
  '4802': 'UiT in Antwerpen',
  '4803': 'Musea Antwerpen',
};

export interface SiteGroup {
  /**
   * The site's name where the extension itself knows it, otherwise its hostname: never what the
   * site's pages call themselves (a page can claim any name), and never a bare address with a port
   * (the addresses are listed under the name).
   */
  name: string;
  /** Every origin of the site, in the order given. */
  origins: string[];
}

/** `origins` grouped by site, in the order each site first appears; what does not parse stays alone. */
export function groupSites(origins: readonly string[]): SiteGroup[] {
  const groups = new Map<string, SiteGroup>();
  for (const origin of new Set(origins)) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    const loopback = url !== undefined && LOOPBACK.has(url.hostname);
    const key = url
      ? `${url.protocol}//${loopback ? 'loopback' : url.hostname}:${url.port}`
      : origin;
    const known = groups.get(key);
    if (known) {
      known.origins.push(origin);
      continue;
    }
    const name =
      (loopback && url?.protocol === 'http:' ? CITY_SITE_NAMES[url.port] : undefined) ??
      url?.hostname ??
      origin;
    groups.set(key, { name, origins: [origin] });
  }
  return [...groups.values()];
}

/** The group `origin` belongs to among `origins` (alone when it is none of them). */
export function siteGroupOf(origins: readonly string[], origin: string): SiteGroup {
  return (
    groupSites([...origins, origin]).find((group) => group.origins.includes(origin)) ?? {
      name: origin,
      origins: [origin],
    }
  );
}
