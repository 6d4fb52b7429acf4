import { bridgeLinks } from '../../catalog/bridge-links.ts';
import type { GenreThemeBridge } from '../../catalog/genre-theme-bridge.ts';
import type { CulturalRecord } from '../../model/cultural-record.ts';
import type { CulturalDna, DnaFacet, Evidence } from './cultural-dna.ts';
import { ratingWeight } from './rating-weight.ts';

/** How much one record of a category says about taste (before its feedback sign). */
const CATEGORY_WEIGHT: Record<CulturalRecord['category'], number> = {
  profile: 0,
  interests: 2,
  loans: 1,
  tickets: 1.5,
  visits: 1,
  browsing: 0.3,
  newsletters: 0.5,
  'museum-app': 0.7,
  location: 0,
  feedback: 1,
};

const FEEDBACK_SIGN = {
  impression: 0,
  click: 0.3,
  dismiss: -0.3,
  'thumbs-up': 1,
  'thumbs-down': -1,
  wow: 1.5,
  // An answer's sign is its yes or no (feedbackSign).
  answer: 0,
} as const;

/** What a feedback record says about taste: its kind's sign, or for an answer, yes (+1) or no (-1). */
function feedbackSign(data: { kind: keyof typeof FEEDBACK_SIGN; answer?: 'yes' | 'no' }): number {
  if (data.kind === 'answer') return data.answer === 'yes' ? 1 : -1;
  return FEEDBACK_SIGN[data.kind];
}
const DAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

function daypart(hour: number): string {
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
}

function put(dna: CulturalDna, facet: DnaFacet, key: string, ev: Evidence): void {
  const byKey = dna.facets[facet];
  let m = byKey.get(key);
  if (!m) byKey.set(key, (m = new Map()));
  m.set(ev.recordId, ev);
}

/**
 * Adds one record to the DNA in place (the incremental step). A record id seen before replaces its
 * earlier evidence, so adding is idempotent. Book genres also reach the UiT themes through the
 * genre-theme bridge, which is how a reader's taste crosses into concerts and exhibitions.
 */
export function addRecord(
  dna: CulturalDna,
  record: CulturalRecord,
  bridge: GenreThemeBridge = {},
): CulturalDna {
  const id = record.id;
  const category = record.category;
  const time = Date.parse(record.time);
  dna.recordCategories.set(id, category);
  const base =
    CATEGORY_WEIGHT[category] *
    (record.category === 'feedback'
      ? feedbackSign(record.data)
      : record.category === 'loans'
        ? ratingWeight(record.data.rating)
        : 1);
  // One evidence object per record, shared by its facets (evidence is never mutated); a closure
  // made per record costs more than the puts under tsx, which names every closure.
  const ev: Evidence = { recordId: id, category, weight: base, time };
  if (record.category === 'interests') {
    for (const t of record.data.themeIds) put(dna, 'theme', t, ev);
    for (const g of record.data.genres) put(dna, 'genre', g, ev);
    for (const m of record.data.media) put(dna, 'medium', m, ev);
  }
  if ('item' in record && record.item && base !== 0) {
    const item = record.item;
    put(dna, 'item', item.id, ev);
    for (const t of item.termIds) put(dna, 'theme', t, ev);
    for (const g of item.genres) {
      put(dna, 'genre', g, ev);
      for (const link of bridgeLinks(bridge, g))
        if (!item.termIds.includes(link.themeId))
          put(dna, 'theme', link.themeId, { ...ev, weight: base * link.weight * 0.5 });
    }
    for (const a of item.authors) put(dna, 'author', a, ev);
    if (item.medium) put(dna, 'medium', item.medium, ev);
    if (item.venueId) put(dna, 'venue', item.venueId, ev);
  }
  if ((record.category === 'visits' || record.category === 'museum-app') && base !== 0)
    put(dna, 'venue', record.data.venueId, ev);
  if (
    record.category === 'tickets' ||
    record.category === 'visits' ||
    record.category === 'museum-app'
  ) {
    // The record keeps its own offset; read the local weekday and hour from the string itself.
    const local = new Date(time + offsetMinutes(record.time) * 60_000);
    put(dna, 'day', DAYS[local.getUTCDay()] ?? 'monday', ev);
    put(dna, 'daypart', daypart(local.getUTCHours()), ev);
  }
  if (record.category === 'tickets' && record.data.priceEur !== undefined)
    dna.prices.set(id, record.data.priceEur / record.data.quantity);
  if (record.location?.district && base !== 0) put(dna, 'district', record.location.district, ev);
  if (record.category === 'location') {
    const loc = record.location;
    if (!dna.home || time > dna.home.time || (time === dna.home.time && id > dna.home.recordId))
      dna.home = {
        latitude: loc.latitude,
        longitude: loc.longitude,
        ...(loc.district ? { district: loc.district } : {}),
        recordId: id,
        time,
      };
  }
  if (
    record.category === 'feedback' &&
    record.data.wasSurprise &&
    record.data.kind !== 'impression'
  )
    dna.surpriseFeedback.set(id, { value: feedbackSign(record.data) > 0 ? 1 : -1, category });
  return dna;
}

function offsetMinutes(iso: string): number {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
