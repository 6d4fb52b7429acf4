/** The value of `data-verwonder` on the badge's host element: how far the content script got. */
export type BadgeState = 'starting' | 'active' | 'unavailable';

export const BADGE_HOST_ID = 'verwonder-badge';
export const BADGE_STATE_ATTRIBUTE = 'data-verwonder';
