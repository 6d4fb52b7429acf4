import type { Response } from 'express';
import { renderPage, type PageOptions } from '../shared-ui/layout.ts';
import type { SiteDirectory, SiteIdentity } from '../shared-ui/site-identity.ts';
import type { SiteVault } from '../oauth/site-vault.ts';
import type { SiteLogger } from './site-logger.ts';

/** Everything a site's routes need besides its data. */
export interface SiteContext {
  identity: SiteIdentity;
  directory: SiteDirectory;
  logger: SiteLogger;
  /** The agenda's "today"; injectable so tests and demos can pin the date. */
  now: () => Date;
  /** The connection to people's Verwonder vaults ("Koppel met mijn kluis"), when a vault is configured. */
  vault?: SiteVault | undefined;
  /** What the connection brings on this site, in the banner. */
  vaultBenefit?: string | undefined;
}

export type PageContent = Omit<PageOptions, 'site' | 'directory'>;

/**
 * Every page shows the visitor's connection (banner, vault order, notices, the WebID), found by the
 * visitor cookie: no shared cache may keep one, and no browser may store it. The banner may first
 * ask the vault whether the connection still holds (`SiteVault.banner`), hence async.
 */
export async function sendPage(
  res: Response,
  ctx: SiteContext,
  page: PageContent,
  status = 200,
): Promise<void> {
  const headerActions =
    page.headerActions ??
    (await ctx.vault?.banner(res.req, res.req.originalUrl, ctx.vaultBenefit ?? ''));
  res
    .status(status)
    .set('Cache-Control', 'private, no-store')
    .vary('Cookie')
    .type('html')
    .send(
      renderPage({
        ...page,
        headerActions,
        site: ctx.identity,
        directory: ctx.directory,
      }),
    );
}
