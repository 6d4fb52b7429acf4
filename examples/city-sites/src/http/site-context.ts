import type { Response } from 'express';
import { renderPage, type PageOptions } from '../shared-ui/layout.ts';
import type { SiteDirectory, SiteIdentity } from '../shared-ui/site-identity.ts';
import type { SiteLogger } from './site-logger.ts';

/** Everything a site's routes need besides its data. */
export interface SiteContext {
  identity: SiteIdentity;
  directory: SiteDirectory;
  logger: SiteLogger;
  /** The agenda's "today"; injectable so tests and demos can pin the date. */
  now: () => Date;
}

export type PageContent = Omit<PageOptions, 'site' | 'directory'>;

export function sendPage(res: Response, ctx: SiteContext, page: PageContent, status = 200): void {
  res
    .status(status)
    .type('html')
    .send(renderPage({ ...page, site: ctx.identity, directory: ctx.directory }));
}
