/**
 * How much a record the person rated below 4 of 5 stars counts, against 1 for one they liked or did
 * not rate: the weighting the collaborative model is trained with (PRODUCT_ITEM_MODEL) and the
 * evaluation's rating-weighted baseline uses, so the person's own history is read the way the model
 * learned from everyone's.
 */
export const LOW_RATING_WEIGHT = 0.5;

/** The weight a rating (1 to 5 stars, or none) gives its record; `low` for a rating below 4. */
export function ratingWeight(rating: number | undefined, low = LOW_RATING_WEIGHT): number {
  return rating !== undefined && rating < 4 ? low : 1;
}
