import { catalogData } from '@verwonder/shared/catalog-data';
import { loadItemModel } from '@verwonder/shared/wonder/model/load-item-model.ts';
import { CulturalRecord } from '@verwonder/shared';
import { forYouList } from './src/for-you/for-you-list.ts';
const c = catalogData();
const mk = (category: string, i: number, item: object, data: object, time: string) => CulturalRecord.parse({ id: 'r' + category + i, category, time, source: { type: 'person' }, item, data });
const loans = ['book-1','book-2','book-3'].map((id, i) => ({ time: `2026-10-0${i+1}T10:00:00Z`, item: { id, title: 'Boek '+id, kind: 'book', medium: 'read', termIds: [], genres: ['fantasy','young-adult'], authors: ['Auteur'] }, data: { action: 'borrowed' } }));
const concert = (id: string, title: string, genres: string[], venueId: string) => ({ time: '2026-09-01T22:00:00+02:00', item: { id, title, kind: 'activity', medium: 'listen', termIds: ['0.50.4.0.0', '1.8.1.0.0'], genres, authors: [], venueId }, data: { quantity: 1, priceEur: 18 } });
const tickets = [concert('act-00041', 'Kamermuziek: Schnittke', ['klassiek', 'kamermuziek'], 'venue-cc-luchtbal'), concert('act-00057', 'Tsjaikovski', ['klassiek','symfonisch'], 'venue-stadsschouwburg')];
const recs = [...loans.map((l, i) => mk('loans', i, l.item, l.data, l.time)), ...tickets.map((l, i) => mk('tickets', i, l.item, l.data, l.time))];
for (const dial of [0, 0.5, 1]) {
  const t0 = Date.now();
  const out = forYouList(recs, c, { dial, itemModel: loadItemModel(), now: new Date('2026-12-05T00:00:00Z') });
  console.log(dial, Date.now() - t0, out.map((i) => i.type.nl + ':' + i.title.slice(0, 25)));
}
