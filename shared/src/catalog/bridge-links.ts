import type { BridgeLink, GenreThemeBridge } from './genre-theme-bridge.ts';

/**
 * The themes a genre suggests. A record's genre is any short string a client sent: looked up as the
 * bridge's own key only, so `constructor` or `__proto__` finds nothing instead of Object's members.
 * Types only from the bridge's schema file: the extension's ranking bundle stays free of zod.
 */
export const bridgeLinks = (bridge: GenreThemeBridge, genre: string): readonly BridgeLink[] =>
  Object.hasOwn(bridge, genre) ? bridge[genre]! : [];
