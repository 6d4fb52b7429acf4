/**
 * The site's own search field, found without trusting the page: a text or search input in a form
 * marked role="search", else the one search input of the page. Several candidates mean none (the
 * completion would not know which one the person uses).
 */
import { UI_HOST_TAG } from '../ui/ui-host.ts';

const TEXT_TYPES = new Set(['search', 'text']);

const usable = (input: HTMLInputElement) =>
  TEXT_TYPES.has(input.type) && !input.disabled && !input.readOnly && !input.closest(UI_HOST_TAG);

export function findSearchInput(document: Document): HTMLInputElement | undefined {
  const inSearchForms = [
    ...document.querySelectorAll<HTMLInputElement>(
      'form[role="search"] input, [role="search"] input',
    ),
  ].filter(usable);
  const marked = inSearchForms.filter((input) => input.type === 'search' || input.name === 'q');
  const pool =
    marked.length > 0
      ? marked
      : inSearchForms.length > 0
        ? inSearchForms
        : [...document.querySelectorAll<HTMLInputElement>('input[type="search"]')].filter(usable);
  const unique = [...new Set(pool)];
  return unique.length === 1 ? unique[0] : undefined;
}
