import { canSee, parentOf } from '../page/can-see.ts';

/** Below this combined opacity a field counts as faded out. */
const MIN_OPACITY = 0.3;
/** A field smaller than this either way cannot be read or typed in (the `sr-only` trick is 1 px). */
const MIN_SIZE = 4;

/**
 * Whether a person can see and use an input: the input assistance offers and fills only those (a
 * hidden honeypot, a field added under the click). Besides what hides any element (canSee), a
 * hidden input, and one inside something `hidden`, `inert` or `aria-hidden`, is not one of them.
 */
export function fieldVisible(input: HTMLInputElement): boolean {
  const view = input.ownerDocument.defaultView;
  if (!view || input.type.toLowerCase() === 'hidden') return false;
  for (let node: Element | null = input; node; node = parentOf(node, view)) {
    if (node.hasAttribute('hidden') || node.hasAttribute('inert')) return false;
    if (node.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return false;
  }
  return canSee(input, { minOpacity: MIN_OPACITY, minSize: MIN_SIZE });
}
