import type { ErrorRequestHandler, Request, Response } from 'express';
import { z } from 'zod';
import type { Activity } from '@verwonder/shared/catalog/index.ts';
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';
import {
  MAX_FEED_ACTIVITIES,
  MAX_FEED_DAYS,
  type UpcomingActivitiesResponse,
  type UpcomingActivity,
} from '@verwonder/shared/wire/upcoming-activities.ts';
import { occurrences } from '../catalog/occurrences.ts';
import { parseQuery } from '../http/parse-query.ts';
import { isoDate } from '../http/query-fields.ts';
import type { SiteContext } from '../http/site-context.ts';
import { addDays, dayKey, startOfDayInAntwerp } from '../shared-ui/dates.ts';
import { eventPath } from './event-path.ts';

/** `from` defaults to today (Antwerp), `to` to `from`; at most MAX_FEED_DAYS days. */
const FeedQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict();

const DAY_MS = 24 * 3600_000;

/**
 * The public feed of upcoming activities: every dated occurrence (single and multiple calendars)
 * that starts within the days asked, soonest first. Periods and the permanent offer have opening
 * hours, not a start, and are left out. The answer depends on the days alone, never on the caller.
 */
export function upcomingActivitiesFeed(ctx: SiteContext, activities: readonly Activity[]) {
  return (req: Request, res: Response): void => {
    const query = parseQuery(FeedQuery, req.query);
    const from = query.from ?? dayKey(ctx.now());
    const to = query.to ?? from;
    const days = Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
    if (days < 1 || days > MAX_FEED_DAYS) {
      throw new VerwonderError('invalid_input', 'Ongeldige periode', {
        details: {
          problems: [
            {
              parameter: 'to',
              message: `to ligt niet voor from en hoogstens ${MAX_FEED_DAYS - 1} dagen erna.`,
            },
          ],
        },
      });
    }
    const start = startOfDayInAntwerp(from).getTime();
    const until = startOfDayInAntwerp(addDays(to, 1)).getTime();
    const base = ctx.directory.agenda ?? `${req.protocol}://${req.get('host') ?? ''}`;
    const found: UpcomingActivity[] = [];
    for (const activity of activities) {
      const { type } = activity.calendar;
      if (type !== 'single' && type !== 'multiple') continue;
      for (const occurrence of occurrences(activity.calendar)) {
        const at = Date.parse(occurrence.start);
        if (at < start || at >= until) continue;
        found.push(entry(activity, occurrence, `${base}${eventPath(activity)}`));
      }
    }
    found.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
    const body: UpcomingActivitiesResponse = {
      from,
      to,
      activities: found.slice(0, MAX_FEED_ACTIVITIES),
    };
    // The same for everyone: a shared cache may keep it for a few minutes.
    res.set('cache-control', 'public, max-age=300').json(body);
  };
}

function entry(
  activity: Activity,
  occurrence: { start: string; end: string },
  url: string,
): UpcomingActivity {
  const { venue } = activity;
  return {
    id: activity.id,
    title: activity.title,
    url,
    eventType: { id: activity.eventType.id, label: activity.eventType.label },
    themes: activity.themes.slice(0, 20).map((t) => ({ id: t.id, label: t.label })),
    start: occurrence.start,
    end: occurrence.end,
    venue: {
      id: venue.id,
      name: venue.name,
      district: venue.address.district,
      latitude: venue.geo.latitude,
      longitude: venue.geo.longitude,
    },
  };
}

/** Errors under /api are RFC 9457 problem documents, not the site's HTML error pages. */
export function feedProblems(): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent || !(err instanceof VerwonderError) || err.status >= 500) return next(err);
    res
      .status(err.status)
      .type('application/problem+json')
      .json({
        type: 'about:blank',
        title: err.message,
        status: err.status,
        code: err.code,
        ...(err.details ?? {}),
      });
  };
}
