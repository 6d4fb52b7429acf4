import type { Express } from 'express';
import type { SiteCatalog } from '../catalog/site-catalog.ts';
import { createSiteApp } from '../http/create-site-app.ts';
import type { SiteContext } from '../http/site-context.ts';
import type { SiteIdentity } from '../shared-ui/site-identity.ts';
import { bookVisit, exhibitionPage } from './exhibition-page.ts';
import { ExhibitionIndex } from './exhibition-index.ts';
import { museumPage } from './museum-page.ts';

export const MUSEUM_IDENTITY: SiteIdentity = {
  key: 'museum',
  name: 'Musea Antwerpen',
  shortName: 'musea',
  nav: [
    { href: '/', label: 'Nu te zien' },
    { href: '/?wanneer=binnenkort', label: 'Binnenkort' },
    { href: '/?soort=vast', label: 'Vaste collecties' },
  ],
  contact: {
    lines: ['Musea en erfgoed Antwerpen', 'Grote Markt 1', '2000 Antwerpen'],
    email: 'musea@antwerpen.be',
    phone: '03 338 81 00',
  },
};

export function createMuseumApp(ctx: Omit<SiteContext, 'identity'>, catalog: SiteCatalog): Express {
  const site: SiteContext = { ...ctx, identity: MUSEUM_IDENTITY };
  const index = new ExhibitionIndex(catalog.activities());
  return createSiteApp(site, (app) => {
    app.get('/', museumPage(site, index));
    app.get('/tentoonstelling/:id', exhibitionPage(site, index));
    app.post('/tentoonstelling/:id/bezoek', bookVisit(site, index));
  });
}
