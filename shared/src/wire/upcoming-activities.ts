/**
 * `GET /api/activities?from=YYYY-MM-DD&to=YYYY-MM-DD` of the agenda site: the public catalogue's
 * dated activities that start in those Antwerp calendar days, one entry per occurrence. Nothing about
 * the person is asked or answered: every caller gets the same list for the same days. zod/mini, so
 * the extension (which asks for today's to pick a daily notification) can bundle it.
 */
import {
  array,
  maxLength,
  maximum,
  minimum,
  minLength,
  number,
  object,
  regex,
  string,
  url,
  type infer as Infer,
} from 'zod/mini';

const text = (max: number) => string().check(minLength(1), maxLength(max));
const Label = object({ nl: text(200), en: text(200) });
const Term = object({ id: text(64), label: Label });

/** A calendar day, as the query names it. */
export const FEED_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** At most this many days in one request (from and to included). */
export const MAX_FEED_DAYS = 7;
/** At most this many occurrences in one answer, soonest first. */
export const MAX_FEED_ACTIVITIES = 500;

const DateTime = string().check(
  regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/),
);

export const UpcomingActivity = object({
  id: text(200),
  title: text(500),
  /** The activity's page on the agenda site. */
  url: url({ protocol: /^https?$/ }).check(maxLength(2000)),
  /** The UiTdatabank event type (concert, theatre, ...). */
  eventType: Term,
  themes: array(Term).check(maxLength(20)),
  /** The occurrence: its start and end, ISO 8601 with the offset of Antwerp. */
  start: DateTime,
  end: DateTime,
  venue: object({
    id: text(200),
    name: text(300),
    district: text(100),
    latitude: number().check(minimum(-90), maximum(90)),
    longitude: number().check(minimum(-180), maximum(180)),
  }),
});
export type UpcomingActivity = Infer<typeof UpcomingActivity>;

export const UpcomingActivitiesResponse = object({
  from: string().check(regex(FEED_DAY)),
  to: string().check(regex(FEED_DAY)),
  activities: array(UpcomingActivity).check(maxLength(MAX_FEED_ACTIVITIES)),
});
export type UpcomingActivitiesResponse = Infer<typeof UpcomingActivitiesResponse>;
