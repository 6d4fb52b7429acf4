/**
 * How much of a page the extension reads (pages can be hostile or just big). Apart from the
 * readers so the content script, which imports none of their schemas, can use them too.
 */

/** Longest text kept from a page field; longer values are cut. */
export const MAX_TEXT = 500;
/** Most entries kept of one list field (authors, genres, keywords, themes). */
export const MAX_ITEM_LIST = 100;
/** Longest URL kept (a URL can be an item's id too). */
export const MAX_URL = 4000;
/** Most JSON-LD blocks read from one page. */
export const MAX_JSON_LD_BLOCKS = 100;
/** Most characters of JSON-LD read from one page, all blocks together. */
export const MAX_JSON_LD_CHARS = 8_000_000;
/** Most top-level microdata items read from one page. */
export const MAX_MICRODATA_ITEMS = 2000;
/** Most item elements one page may name (the JSON-LD reader stops at 5000 nodes). */
export const MAX_PAGE_ITEMS = 5000;
