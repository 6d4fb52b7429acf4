/**
 * Reads the agenda site's public feed of the day's activities (`GET /api/activities`, shape in
 * shared/src/wire/upcoming-activities.ts). The request carries the day only, no cookie and nothing
 * about the person: every caller asks the same. The answer is untrusted and parsed; an activity whose
 * page is not on the agenda site is dropped (a notification only ever opens the agenda).
 */
import {
  UpcomingActivitiesResponse,
  type UpcomingActivity,
} from '@verwonder/shared/wire/upcoming-activities.ts';

/** The demo agenda ("UiT in Antwerpen"); the manifest's host permission for the city sites covers it. */
export const AGENDA_ORIGIN = 'http://127.0.0.1:4802';
export const AGENDA_FEED_URL = `${AGENDA_ORIGIN}/api/activities`;

/** The activities starting on `day` (YYYY-MM-DD); none when the site cannot be read. */
export async function fetchUpcomingActivities(
  fetcher: typeof fetch,
  day: string,
): Promise<UpcomingActivity[]> {
  const url = `${AGENDA_FEED_URL}?from=${encodeURIComponent(day)}&to=${encodeURIComponent(day)}`;
  try {
    const response = await fetcher(url, {
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      return [];
    }
    const parsed = UpcomingActivitiesResponse.safeParse(await response.json());
    if (!parsed.success) return [];
    return parsed.data.activities.filter((activity) => onAgenda(activity.url));
  } catch {
    return [];
  }
}

/** Whether `url` is a page of the agenda site. */
export function onAgenda(url: string): boolean {
  try {
    return new URL(url).origin === AGENDA_ORIGIN;
  } catch {
    return false;
  }
}
