import { Router, type Express } from 'express';
import type { SiteCatalog } from '../catalog/site-catalog.ts';
import { createSiteApp } from '../http/create-site-app.ts';
import type { SiteContext } from '../http/site-context.ts';
import type { SiteIdentity } from '../shared-ui/site-identity.ts';
import { AgendaIndex } from './agenda-index.ts';
import { agendaPage } from './agenda-page.ts';
import { eventPage, orderTickets } from './event-page.ts';
import { feedProblems, upcomingActivitiesFeed } from './upcoming-activities-feed.ts';

export const AGENDA_IDENTITY: SiteIdentity = {
  key: 'agenda',
  name: 'UiT in Antwerpen',
  shortName: 'UiT in Antwerpen',
  // Menu entries are UiTdatabank event types (taxonomy ids).
  nav: [
    { href: '/', label: 'Agenda' },
    { href: '/?type=0.50.4.0.0', label: 'Concerten' },
    { href: '/?type=0.55.0.0.0', label: 'Theater' },
    { href: '/?type=0.0.0.0.0', label: 'Tentoonstellingen' },
    { href: '/?type=0.50.6.0.0', label: 'Film' },
  ],
  contact: {
    lines: ['UiT in Antwerpen', 'Grote Markt 13', '2000 Antwerpen'],
    email: 'uit@antwerpen.be',
    phone: '03 338 95 85',
  },
};

export function createAgendaApp(ctx: Omit<SiteContext, 'identity'>, catalog: SiteCatalog): Express {
  const site: SiteContext = { ...ctx, identity: AGENDA_IDENTITY };
  const index = new AgendaIndex(catalog.activities());
  // The public feed (JSON, problem+json on a bad query) the extension reads for its notifications.
  const api = Router();
  api.get('/activities', upcomingActivitiesFeed(site, catalog.activities()));
  api.use(feedProblems());
  return createSiteApp(site, (app) => {
    app.use('/api', api);
    app.get('/', agendaPage(site, index));
    app.get('/evenement/:id', eventPage(site, index));
    app.post('/evenement/:id/tickets', orderTickets(site, index));
  });
}
