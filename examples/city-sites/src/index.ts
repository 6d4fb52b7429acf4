import { catalogData } from '@verwonder/shared/catalog-data';
import { createAgendaApp } from './agenda/agenda-site.ts';
import type { SiteCatalog } from './catalog/site-catalog.ts';
import { listen, type RunningServer } from './http/listen.ts';
import { quietLogger, type SiteLogger } from './http/site-logger.ts';
import { createLibraryApp } from './library/library-site.ts';
import { createMuseumApp } from './museum/museum-site.ts';
import { createSiteVaults, VAULT_BENEFITS } from './oauth/site-vaults.ts';
import type { SiteDirectory, SiteKey } from './shared-ui/site-identity.ts';

export type { SiteCatalog } from './catalog/site-catalog.ts';
export type { SiteLogger } from './http/site-logger.ts';
export type { SiteKey } from './shared-ui/site-identity.ts';

export const DEFAULT_PORTS: Record<SiteKey, number> = { library: 4801, agenda: 4802, museum: 4803 };

export interface CitySitesOptions {
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Port per site; 0 picks a free port. Defaults to 4801/4802/4803. */
  ports?: Partial<Record<SiteKey, number>>;
  logger?: SiteLogger;
  /** Defaults to the committed demo catalogue. */
  catalog?: SiteCatalog;
  /** "Now" for the agenda and museum; defaults to the system clock. */
  now?: () => Date;
  /**
   * The Verwonder vault the sites connect to ("Koppel met mijn kluis"); without it they offer no
   * connection. `confirmAfterMs`: how long a page trusts the vault's last answer about a visitor's
   * connection before asking again (default 30 s; 0 asks on every page, for tests).
   */
  vault?: { url: string; confirmAfterMs?: number };
}

export interface CitySites {
  urls: Record<SiteKey, string>;
  close(): Promise<void>;
}

/** Starts the library, agenda and museum demo sites; resolves once all three listen. */
export async function startCitySites(options: CitySitesOptions = {}): Promise<CitySites> {
  const host = options.host ?? '127.0.0.1';
  const ports = { ...DEFAULT_PORTS, ...options.ports };
  const catalog = options.catalog ?? catalogData();
  const directory: SiteDirectory = {};
  const ctx = {
    directory,
    logger: options.logger ?? quietLogger,
    now: options.now ?? (() => new Date()),
  };
  const vaults = options.vault
    ? createSiteVaults(options.vault, directory, (message) => ctx.logger.warn(message))
    : undefined;
  const withVault = (key: SiteKey) => ({
    ...ctx,
    vault: vaults?.[key],
    vaultBenefit: VAULT_BENEFITS[key],
  });
  const apps = {
    library: createLibraryApp(withVault('library'), catalog),
    agenda: createAgendaApp(withVault('agenda'), catalog),
    museum: createMuseumApp(withVault('museum'), catalog),
  };
  const running: Partial<Record<SiteKey, RunningServer>> = {};
  const closeAll = async (): Promise<void> => {
    await Promise.all(Object.values(running).map((r) => r.close()));
  };
  try {
    for (const key of Object.keys(apps) as SiteKey[]) {
      const server = await listen(apps[key], host, ports[key]);
      running[key] = server;
      directory[key] = server.url;
    }
  } catch (err) {
    await closeAll();
    throw err;
  }
  const urls = directory as Record<SiteKey, string>;
  ctx.logger.info(
    `city sites: library ${urls.library}, agenda ${urls.agenda}, museum ${urls.museum}`,
  );
  return { urls: { ...urls }, close: closeAll };
}
