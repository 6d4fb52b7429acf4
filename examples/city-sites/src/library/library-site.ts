import type { Express } from 'express';
import type { Venue } from '@verwonder/shared/catalog/index.ts';
import type { SiteCatalog } from '../catalog/site-catalog.ts';
import { createSiteApp } from '../http/create-site-app.ts';
import type { SiteContext } from '../http/site-context.ts';
import type { SiteIdentity } from '../shared-ui/site-identity.ts';
import { bookPage, reserveBook } from './book-page.ts';
import { BookIndex } from './book-search.ts';
import { registrationPage, submitRegistration } from './register-page.ts';
import { searchPage } from './search-page.ts';

export const LIBRARY_IDENTITY: SiteIdentity = {
  key: 'library',
  name: 'Bibliotheek Antwerpen',
  shortName: 'bibliotheek',
  nav: [
    { href: '/', label: 'Catalogus' },
    { href: '/registreren', label: 'Word lid' },
  ],
  contact: {
    lines: ['Bibliotheek Permeke', 'De Coninckplein 25', '2060 Antwerpen'],
    email: 'bibliotheek@antwerpen.be',
    phone: '03 338 38 00',
  },
};

/** The central library, first in the list of pickup points. */
const MAIN_LIBRARY_ID = 'venue-permeke';

/** Lending branches: library venues run by the provider of the books (not heritage libraries). */
function pickupLibraries(catalog: SiteCatalog): Venue[] {
  const lenders = new Set(catalog.books().map((b) => b.provider.id));
  return catalog
    .venues()
    .filter((v) => v.kind === 'library' && v.provider && lenders.has(v.provider.id))
    .sort(
      (a, b) =>
        Number(b.id === MAIN_LIBRARY_ID) - Number(a.id === MAIN_LIBRARY_ID) ||
        a.name.localeCompare(b.name, 'nl'),
    );
}

export function createLibraryApp(
  ctx: Omit<SiteContext, 'identity'>,
  catalog: SiteCatalog,
): Express {
  const site: SiteContext = { ...ctx, identity: LIBRARY_IDENTITY };
  const index = new BookIndex(catalog.books());
  const pickup = pickupLibraries(catalog);
  return createSiteApp(site, (app) => {
    app.get('/', searchPage(site, index));
    app.get('/boek/:id', bookPage(site, index, pickup));
    app.post('/boek/:id/reserveren', reserveBook(site, index, pickup));
    app.get('/registreren', registrationPage(site));
    app.post('/registreren', submitRegistration(site));
  });
}
