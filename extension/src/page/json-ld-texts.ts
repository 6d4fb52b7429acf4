/**
 * The raw text of a page's `<script type="application/ld+json">` blocks, as the content script
 * passes them on: parsing and checking happen in the background worker (assemble-page.ts), off
 * the page's main thread. Blocks past the limits are left out.
 */
import { MAX_JSON_LD_BLOCKS, MAX_JSON_LD_CHARS } from './page-limits.ts';

export function jsonLdTexts(root: ParentNode): string[] {
  const texts: string[] = [];
  let chars = 0;
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (texts.length >= MAX_JSON_LD_BLOCKS || chars + text.length > MAX_JSON_LD_CHARS) break;
    texts.push(text);
    chars += text.length;
  }
  return texts;
}
