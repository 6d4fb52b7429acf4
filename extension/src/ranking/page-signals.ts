/**
 * Everything on the page counts: an item's place, price, date and organiser, as the page states
 * them (`page/item-facts.ts`), weighed against what the person's allowed records say
 * (`signal-profile.ts`). The result is an adjustment of the wonder algorithm's relevance per item,
 * in its units (the weights of shared's content relevance), with an explanation for every signal
 * that raised an item, naming the records it rests on. Pure: the caller passes the time.
 */
import type { Explanation, Suggestion } from '@verwonder/shared/model/suggestion.ts';
import { distanceKm } from '@verwonder/shared/catalog/distance-km.ts';
import { nearbyExplanation } from '@verwonder/shared/wonder/explain.ts';
import { RELEVANCE_WEIGHTS as W } from '@verwonder/shared/wonder/rank/content-relevance.ts';

import type { CategoryId } from '../control/categories.ts';
import type { PageItem } from '../page/page-item.ts';
import { signalProfile, venueKey, weekdayOf, type SignalProfile } from './signal-profile.ts';
import type { TasteRecord } from './taste-record.ts';

export interface PageAdjustment {
  /** Added to the item's relevance; negative for an item dearer than the person ever paid. */
  delta: number;
  /** One per signal that raised the item. */
  explanations: Explanation[];
}

/** A date this close (days) counts as "soon". */
const SOON_DAYS = 7;
const SOON = 0.05;
/** Within what the person already paid for a ticket. */
const AFFORDABLE = 0.1;
const DAY_MS = 86_400_000;
/** Closer than this raises an item (and is said); further away counts for nothing. */
const NEAR_KM = 5;

const DAYS = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const categoriesOf = (records: readonly TasteRecord[]) =>
  [...new Set(records.map((record) => record.category))].sort();
const idsOf = (records: readonly TasteRecord[]) => [...new Set(records.map((r) => r.id))].sort();
const euro = (amount: number) => `€ ${amount.toFixed(2).replace('.', ',').replace(',00', '')}`;

function venueSignal(item: PageItem, profile: SignalProfile): Explanation | undefined {
  const venue = item.facts?.venue;
  const keys = [
    ...(venue?.id ? [`id:${venue.id}`] : []),
    ...(venue?.name ? [venueKey(venue.name)] : []),
    ...(item.facts?.organizer ? [venueKey(item.facts.organizer)] : []),
  ];
  const records = [...new Set(keys.flatMap((key) => profile.venues.get(key)?.records ?? []))];
  if (records.length === 0) return undefined;
  const name = venue?.name ?? item.facts?.organizer ?? records[0]?.venueName ?? '';
  return {
    code: 'page-venue',
    text: name
      ? { nl: `Je ging al naar ${name}`, en: `You have been to ${name}` }
      : { nl: 'Op een plek waar je al was', en: 'At a place you have been to' },
    categories: categoriesOf(records),
    recordIds: idsOf(records),
  };
}

function weekdaySignal(item: PageItem, profile: SignalProfile): Explanation | undefined {
  const day = weekdayOf(item.startDate);
  if (!profile.weekday || day !== profile.weekday.day) return undefined;
  const { records } = profile.weekday;
  return {
    code: 'page-weekday',
    text: {
      nl: `Op een ${DAYS.nl[day]}, de dag waarop je het vaakst uitgaat`,
      en: `On a ${DAYS.en[day]}, the day you go out most`,
    },
    categories: categoriesOf(records),
    recordIds: idsOf(records),
  };
}

function priceSignal(item: PageItem, profile: SignalProfile): Explanation | undefined {
  const price = item.facts?.priceEur;
  if (!profile.price || price === undefined || price > profile.price.max) return undefined;
  const { records, max } = profile.price;
  return {
    code: 'page-price',
    text: {
      nl: `${price === 0 ? 'Gratis' : euro(price)}: binnen wat je al voor een ticket betaalde (tot ${euro(max)})`,
      en: `${price === 0 ? 'Free' : euro(price)}: within what you paid for a ticket before (up to ${euro(max)})`,
    },
    categories: categoriesOf(records),
    recordIds: idsOf(records),
  };
}

function soonSignal(item: PageItem, now: number): Explanation | undefined {
  const start = item.startDate ? Date.parse(item.startDate) : Number.NaN;
  if (!Number.isFinite(start) || start < now || start - now > SOON_DAYS * DAY_MS) return undefined;
  const days = Math.floor((start - now) / DAY_MS);
  const when =
    days === 0
      ? { nl: 'Binnenkort: vandaag nog', en: 'Soon: today' }
      : { nl: `Binnenkort: over ${days + 1} dagen of minder`, en: `Soon: within ${days + 1} days` };
  return { code: 'page-soon', text: when, categories: [], recordIds: [] };
}

/**
 * The one call ranking makes: for each page item, how much its place, price, date and organiser
 * raise or lower it for this person, and why. Only the categories in `allowed` are looked at: the
 * distance only with "Grove locatie" allowed on the site. Items nothing applies to are left out.
 */
export function pageSignalAdjustments(
  items: readonly PageItem[],
  records: readonly TasteRecord[],
  allowed: readonly CategoryId[],
  now: number,
): Map<string, PageAdjustment> {
  const profile = signalProfile(records, allowed);
  const adjustments = new Map<string, PageAdjustment>();
  for (const item of items) {
    let delta = 0;
    const explanations: Explanation[] = [];
    const geo = item.facts?.venue?.geo;
    const km = profile.area && geo ? distanceKm(profile.area, geo) : Number.POSITIVE_INFINITY;
    if (profile.area && km < NEAR_KM) {
      delta += W.nearby * Math.exp(-km / W.nearbyKm);
      explanations.push(nearbyExplanation(km, profile.area.recordId));
    }
    const venue = venueSignal(item, profile);
    if (venue) {
      delta += W.venue;
      explanations.push(venue);
    }
    const weekday = weekdaySignal(item, profile);
    if (weekday) {
      delta += W.day;
      explanations.push(weekday);
    }
    const price = item.facts?.priceEur;
    if (profile.price && price !== undefined && price > 2 * profile.price.max) delta -= W.dear;
    const affordable = priceSignal(item, profile);
    if (affordable) {
      delta += AFFORDABLE;
      explanations.push(affordable);
    }
    const soon = soonSignal(item, now);
    if (soon) {
      delta += SOON;
      explanations.push(soon);
    }
    if (delta !== 0) adjustments.set(item.id, { delta, explanations });
  }
  return adjustments;
}

/**
 * `suggest`'s suggestions with the page's adjustments: relevance raised or lowered, the signals'
 * explanations added, and re-ordered by the new relevance when any adjustment applied. Only a
 * suggestion that already rests on the person's taste (relevance above 0) is adjusted, so a page
 * fact alone (near, soon) never makes an item "Voor jou"; its provenance stays the taste's.
 */
export function withPageSignals<T extends Suggestion>(
  suggestions: readonly T[],
  adjustments: ReadonlyMap<string, PageAdjustment> | undefined,
): T[] {
  if (!adjustments || adjustments.size === 0) return [...suggestions];
  let changed = false;
  const adjusted = suggestions.map((suggestion) => {
    const adjustment = adjustments.get(suggestion.itemId);
    if (!adjustment || suggestion.score <= 0) return suggestion;
    changed = true;
    return {
      ...suggestion,
      score: suggestion.score + adjustment.delta,
      explanations: [...suggestion.explanations, ...adjustment.explanations],
    };
  });
  return changed ? adjusted.sort((a, b) => b.score - a.score) : adjusted;
}
