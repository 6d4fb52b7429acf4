/**
 * Which inputs of a form the input assistance may fill, and with what. Only matches it is sure of:
 * the input's autocomplete token or its exact name names a profile field, the two do not disagree,
 * the input type fits, the person can see it, and no other input of the form claims the same field.
 */
import { fieldVisible } from './field-visible.ts';
import type { ProfileFieldId } from './profile-fields.ts';

interface FieldRule {
  autocomplete?: string;
  names: readonly string[];
  types: readonly string[];
}

const RULES: Record<ProfileFieldId, FieldRule> = {
  name: { autocomplete: 'name', names: ['naam', 'name', 'volledige-naam'], types: ['text'] },
  email: { autocomplete: 'email', names: ['email', 'e-mail'], types: ['email', 'text'] },
  postalCode: {
    autocomplete: 'postal-code',
    names: ['postcode', 'postal-code', 'postalcode'],
    types: ['text', 'tel', 'number'],
  },
  aKaartNumber: {
    names: ['akaartnummer', 'a-kaartnummer', 'akaart'],
    types: ['text', 'tel', 'number'],
  },
};

const FIELD_IDS = Object.keys(RULES) as ProfileFieldId[];

export interface FieldMatch {
  input: HTMLInputElement;
  field: ProfileFieldId;
}

/** The field an input asks for, or undefined when it is not sure. */
export function fieldOfInput(input: HTMLInputElement): ProfileFieldId | undefined {
  if (input.disabled || input.readOnly) return undefined;
  // The last token of `autocomplete` is the field name ("section-a shipping postal-code").
  const token = input.getAttribute('autocomplete')?.trim().toLowerCase().split(/\s+/).pop() ?? '';
  const name = input.name.toLowerCase();
  const byToken = FIELD_IDS.find((id) => token !== '' && RULES[id].autocomplete === token);
  const byName = FIELD_IDS.find((id) => RULES[id].names.includes(name));
  // The site says it is something else (given-name, tel, …): not ours to guess.
  if (!byToken && token !== '' && token !== 'on' && token !== 'off') return undefined;
  if (byToken && byName && byToken !== byName) return undefined;
  const field = byToken ?? byName;
  if (!field || !RULES[field].types.includes(input.type.toLowerCase())) return undefined;
  return field;
}

/**
 * The sure matches among a form's visible inputs; a field claimed by two of them is left out
 * entirely. A hidden input claims nothing: a page cannot block a field with one, nor get it filled.
 */
export function matchFormFields(form: HTMLFormElement): FieldMatch[] {
  const matches: FieldMatch[] = [];
  for (const candidate of form.querySelectorAll('input')) {
    const field = fieldOfInput(candidate);
    if (field && fieldVisible(candidate)) matches.push({ input: candidate, field });
  }
  return matches.filter(
    (match) => matches.filter((other) => other.field === match.field).length === 1,
  );
}
