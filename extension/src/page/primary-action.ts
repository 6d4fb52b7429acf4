/**
 * The action a person is most likely to take on an item page: the library's "Reserveer", the
 * agenda's "Bestel tickets", the museum's "Reserveer je bezoek". Found by role and words, not by the
 * site's classes: a button, submit input or link whose name is an action, or a submit button under a
 * heading that names one ("Tickets", "Plan je bezoek"). The page may be hostile: only visible,
 * enabled controls with a short name count, a bounded number is looked at, and when more than one
 * control is the best match there is no primary action (the extension does not guess).
 */

/** Most controls looked at (a page can have thousands). */
const MAX_CONTROLS = 400;
/** Longer names are sentences, not actions. */
const MAX_NAME = 40;

const CONTROLS =
  'button, input[type="submit"], input[type="button"], a[href], [role="button"], [role="link"]';

/** Words that name the action itself, in Dutch and English. */
const ACTION_NAMES: readonly RegExp[] = [
  /^reserveer( (nu|je (bezoek|plaats|ticket|tickets)|dit boek))?$/,
  /^reserveren$/,
  /^(bestel|koop|boek) (je |nu )?tickets?$/,
  /^tickets?( (bestellen|kopen))?$/,
  /^plan je bezoek$/,
  /^(reserve|book)( (now|tickets?|a visit|your visit))?$/,
  /^(buy|get|order) tickets?$/,
  /^plan your visit$/,
];

/** Headings of the block an action sits in. */
const ACTION_HEADINGS: readonly RegExp[] = [
  /^tickets?$/,
  /^reserveren$/,
  /^reserveer je (plaats|bezoek)$/,
  /^plan je bezoek$/,
  /^(tickets|book|reserve|plan your visit)$/,
];

export interface PrimaryAction {
  element: HTMLElement;
  /** Its name as the page shows it (for the label's description), cut short. */
  name: string;
}

const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!:›»→>]+$/, '')
    .trim();

/** The control's accessible name, roughly: aria-label, else its text, else an input's value. */
function nameOf(element: HTMLElement): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.slice(0, 200).trim();
  if (element.localName === 'input')
    return (element as HTMLInputElement).value.slice(0, 200).trim();
  return (element.textContent ?? '').slice(0, 200).replace(/\s+/g, ' ').trim();
}

/** Has a box a person can see and click (a few pixels at least). */
function hasBox(element: HTMLElement): boolean {
  if (element.getClientRects().length === 0) return false;
  const box = element.getBoundingClientRect();
  return box.width >= 8 && box.height >= 8;
}

/** Shown, enabled and not hidden from assistive technology. */
function usable(element: HTMLElement, view: Window, requireBox: boolean): boolean {
  if (element.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  if ((element as HTMLButtonElement).disabled || element.getAttribute('aria-disabled') === 'true')
    return false;
  if (requireBox && !hasBox(element)) return false;
  let opacity = 1;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    opacity *= Number.parseFloat(style.opacity || '1');
  }
  return opacity >= 0.9;
}

const BLOCK = 'aside, section, form, [role="region"]';

/** The heading of the nearest block (aside, section, form; three up at most) that has one. */
function blockHeading(element: HTMLElement): string {
  let block = element.closest(BLOCK);
  for (let depth = 0; block && depth < 3; depth++) {
    const labelledBy = block.getAttribute('aria-labelledby')?.split(/\s+/)[0];
    const heading =
      (labelledBy ? block.ownerDocument.getElementById(labelledBy) : null) ??
      block.querySelector('h1, h2, h3, h4, [role="heading"]');
    if (heading) return (heading.textContent ?? '').slice(0, 200);
    block = block.parentElement?.closest(BLOCK) ?? null;
  }
  return '';
}

function score(element: HTMLElement, name: string): number {
  const key = normalise(name);
  if (!key || key.length > MAX_NAME) return 0;
  let points = ACTION_NAMES.some((pattern) => pattern.test(key)) ? 2 : 0;
  const heading = normalise(blockHeading(element));
  if (heading && ACTION_HEADINGS.some((pattern) => pattern.test(heading))) points += 1;
  const submit =
    (element.localName === 'button' && (element.getAttribute('type') ?? 'submit') === 'submit') ||
    (element.localName === 'input' && element.getAttribute('type') === 'submit');
  if (submit && element.closest('form')) points += 1;
  return points;
}

/**
 * The one primary action of the page, or undefined when there is none or it is ambiguous.
 * `requireBox: false` skips the layout check, for documents without layout (unit tests).
 */
export function findPrimaryAction(
  document: Document,
  { requireBox = true }: { requireBox?: boolean } = {},
): PrimaryAction | undefined {
  const view = document.defaultView;
  const root = document.querySelector('main') ?? document.body;
  if (!view || !root) return undefined;
  let best: PrimaryAction[] = [];
  let bestScore = 2;
  const controls = [...root.querySelectorAll<HTMLElement>(CONTROLS)].slice(0, MAX_CONTROLS);
  for (const element of controls) {
    // The extension's own UI is never the site's action.
    if (element.closest('verwonder-ui')) continue;
    const name = nameOf(element);
    const points = score(element, name);
    if (points < bestScore || !usable(element, view, requireBox)) continue;
    if (points > bestScore) best = [];
    bestScore = points;
    best.push({ element, name: name.slice(0, MAX_NAME) });
  }
  return best.length === 1 ? best[0] : undefined;
}
