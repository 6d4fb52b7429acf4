import type { Activity, Audience } from '@verwonder/shared/catalog/index.ts';
import { occurrences, openingHoursOf } from '../catalog/occurrences.ts';
import { formatEuro, formatOpeningHours, formatShortDay, formatSpan } from '../shared-ui/dates.ts';

/** "Gratis", "€ 12,00" or "€ 12,00 (reductie € 8,00)". */
export function priceText(activity: Activity): string {
  const { price } = activity;
  if (price.isFree || price.amount === undefined) return 'Gratis';
  return price.reduced !== undefined
    ? `${formatEuro(price.amount)} (reductie ${formatEuro(price.reduced)})`
    : formatEuro(price.amount);
}

/** One line about when an activity takes place. */
export function whenText(activity: Activity): string {
  const cal = activity.calendar;
  const spans = occurrences(cal);
  if (cal.type === 'permanent') {
    const hours = openingHoursOf(cal)[0];
    return hours ? `Doorlopend, ${formatOpeningHours(hours)}` : 'Doorlopend';
  }
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return '';
  if (cal.type === 'multiple')
    return `${spans.length} data, ${formatShortDay(first.start)} t/m ${formatShortDay(last.start)}`;
  if (cal.type === 'periodic')
    return `${formatShortDay(first.start)} t/m ${formatShortDay(first.end)}`;
  return formatSpan(first.start, first.end);
}

export function audienceText(audience: Audience): string | undefined {
  const ages =
    audience.minAge !== undefined && audience.maxAge !== undefined
      ? `${audience.minAge} tot ${audience.maxAge} jaar`
      : audience.minAge !== undefined
        ? `vanaf ${audience.minAge} jaar`
        : audience.maxAge !== undefined
          ? `tot ${audience.maxAge} jaar`
          : undefined;
  const who = {
    everyone: 'Iedereen',
    members: 'Leden',
    education: 'Scholen',
    children: 'Kinderen',
  }[audience.type];
  if (audience.type === 'everyone' && !ages) return undefined;
  return ages ? `${who}, ${ages}` : who;
}

export function mapUrl(activity: Activity): string {
  const { latitude, longitude } = activity.venue.geo;
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}
