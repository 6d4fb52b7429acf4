import { escapeHtml } from '@verwonder/shared/html/escape-html.ts';
import type { Lang } from './messages.ts';
import { OWNER_MESSAGES } from './owner-messages.ts';

/** The owner's own pages, in the header of every signed-in page (rendered HTML, escaped here). */
export const OWNER_PAGES = [
  'for-you',
  'insight',
  'data',
  'dna',
  'sites',
  'audit',
  'settings',
] as const;
export type OwnerPage = (typeof OWNER_PAGES)[number];

export function ownerNav(lang: Lang): string {
  const t = OWNER_MESSAGES[lang];
  return OWNER_PAGES.map(
    (page) => `<a href="/vault/${page}?lang=${lang}">${escapeHtml(t.nav[page])}</a>`,
  ).join(' ');
}
