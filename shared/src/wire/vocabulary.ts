/**
 * Plain lists of the model's small vocabularies, free of zod so that every part (the extension's
 * bundler included) takes them from here; the zod enums in model/ are built on them.
 */

/** The four ways a person takes in culture; suggestions deliberately cross them. */
export const MEDIA = ['read', 'watch', 'listen', 'experience'] as const;
export type MediumId = (typeof MEDIA)[number];

/** What an item in a record or a ranking request is. */
export const ITEM_KINDS = ['book', 'activity', 'other'] as const;
export type ItemKindId = (typeof ITEM_KINDS)[number];
