/**
 * An activity's popularity from how many people saved it (a schema.org InteractionCounter of
 * BookmarkAction, which the demo agenda and museum publish, as an event site shows "favoriet bij
 * 1.234 bezoekers"): the one scale the catalogue build gives its activities and the extension gives
 * a page's count, so both rank a page's activities alike (the re-ranker's novelty is the rank of
 * popularity, ties included) and weigh the popularity prior alike. Zod-free, so the extension's
 * worker bundles it.
 */

/** The saves of the catalogue's most popular activity: the top of the scale. */
export const ACTIVITY_SAVES_MAX = 10_000;

/**
 * How many saved an activity that draws `share` (0..1) of what the most popular one draws: the
 * build's count from its draw, and a site's count from the catalogue's popularity (the same share).
 */
export function activitySaves(share: number, max = ACTIVITY_SAVES_MAX): number {
  return Math.round(Math.min(1, Math.max(0, share)) * max);
}

/** saves / max to 4 decimals, as the catalogue stores it; a count beyond `max` is 1. */
export function activityPopularity(saves: number, max = ACTIVITY_SAVES_MAX): number {
  return Math.min(1, Math.round((Math.max(0, saves) / max) * 10_000) / 10_000);
}
