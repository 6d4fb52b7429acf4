import { describe, expect, it } from 'vitest';

import { AGENDA_FEED_URL, fetchUpcomingActivities } from './agenda-feed.ts';

const activity = (url: string) => ({
  id: 'act-00042',
  title: 'Avond van de blues',
  url,
  eventType: { id: '0.50.4.0.0', label: { nl: 'Concert', en: 'Concert' } },
  themes: [],
  start: '2026-12-05T20:00:00+01:00',
  end: '2026-12-05T22:00:00+01:00',
  venue: {
    id: 'venue-de-roma',
    name: 'De Roma',
    district: 'Borgerhout',
    latitude: 51.2,
    longitude: 4.4,
  },
});

/** What a (possibly hostile) agenda answers, and what the extension asked. */
function answering(body: unknown, status = 200) {
  const asked: { url: string; init: RequestInit | undefined }[] = [];
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    asked.push({ url: String(input), init });
    return new Response(JSON.stringify(body), { status });
  }) as typeof fetch;
  return { fetcher, asked };
}

describe('fetchUpcomingActivities', () => {
  it('asks for the day only, without cookies, and keeps the agenda’s own pages', async () => {
    const { fetcher, asked } = answering({
      from: '2026-12-05',
      to: '2026-12-05',
      activities: [
        activity('http://127.0.0.1:4802/evenement/act-00042'),
        activity('https://elsewhere.example/phish'),
      ],
    });
    const found = await fetchUpcomingActivities(fetcher, '2026-12-05');
    expect(found.map((a) => a.url)).toEqual(['http://127.0.0.1:4802/evenement/act-00042']);
    expect(asked).toEqual([
      {
        url: `${AGENDA_FEED_URL}?from=2026-12-05&to=2026-12-05`,
        init: { credentials: 'omit', headers: { accept: 'application/json' } },
      },
    ]);
  });

  it('gives nothing for an error, a malformed answer or an unreachable site', async () => {
    expect(await fetchUpcomingActivities(answering({}, 500).fetcher, '2026-12-05')).toEqual([]);
    const bad = { from: 'x', to: 'y', activities: [{ id: 1 }] };
    expect(await fetchUpcomingActivities(answering(bad).fetcher, '2026-12-05')).toEqual([]);
    const script = activity('javascript:alert(1)');
    const hostile = { from: '2026-12-05', to: '2026-12-05', activities: [script] };
    expect(await fetchUpcomingActivities(answering(hostile).fetcher, '2026-12-05')).toEqual([]);
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchUpcomingActivities(down, '2026-12-05')).toEqual([]);
  });
});
