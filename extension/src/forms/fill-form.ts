import { fieldVisible } from './field-visible.ts';
import type { FieldMatch } from './match-form-fields.ts';
import type { ProfileFields } from './profile-fields.ts';

/**
 * Fills the matched inputs the vault has a value for, leaving what the person already typed alone.
 * The site hears `input` and `change` as if typed (its own validation runs). Returns what it filled.
 * Each input is looked at again just before: the site's listener on the previous one may have
 * removed or hidden it.
 */
export function fillForm(matches: readonly FieldMatch[], fields: ProfileFields): FieldMatch[] {
  const filled: FieldMatch[] = [];
  for (const match of matches) {
    const value = fields[match.field];
    if (!value || match.input.value !== '' || !fieldVisible(match.input)) continue;
    match.input.value = value;
    const view = match.input.ownerDocument.defaultView;
    if (view) {
      match.input.dispatchEvent(new view.Event('input', { bubbles: true }));
      match.input.dispatchEvent(new view.Event('change', { bubbles: true }));
    }
    filled.push(match);
  }
  return filled;
}
