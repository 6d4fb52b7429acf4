/**
 * Where the built extension carries the genre-theme bridge (a book genre -> the UiTdatabank themes
 * it suggests), written by scripts/build.ts from the committed shared/catalog-data file after
 * checking it with shared's schema, and where the worker reads it. Like the item model it is not a
 * web_accessible_resource: only the extension's own worker can fetch it.
 */
export const BRIDGE_ASSET = 'model/genre-theme-bridge.json';
