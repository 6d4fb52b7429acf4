import { matchFormFields } from '../forms/match-form-fields.ts';
import { fillForm } from '../forms/fill-form.ts';
import type { ProfileFieldId, ProfileFields } from '../forms/profile-fields.ts';
import type { Locale } from '../i18n/messages.ts';
import { PAGE_MESSAGES } from '../i18n/page-messages.ts';
import { createUiHost, element, type UiHost } from './ui-host.ts';

export interface FormAssistContext {
  language: Locale;
  /** Asked only when the person clicks: the vault's profile fields (empty when it has none). */
  profileFields(): Promise<ProfileFields>;
}

const LABEL_KEYS: Record<
  ProfileFieldId,
  'fieldName' | 'fieldEmail' | 'fieldPostalCode' | 'fieldAKaart'
> = {
  name: 'fieldName',
  email: 'fieldEmail',
  postalCode: 'fieldPostalCode',
  aKaartNumber: 'fieldAKaart',
};

/**
 * The offer above a form: one button naming the fields it can fill. Nothing is read from the vault
 * or written into the form before the click; the fields are matched again at the click, so an input
 * the page added since counts too (or makes a field ambiguous, and then it is left alone).
 */
export function formAssist(
  document: Document,
  form: HTMLFormElement,
  context: FormAssistContext,
): UiHost {
  const messages = PAGE_MESSAGES[context.language];
  const ui = createUiHost(document, 'form');
  const box = element(document, 'div', 'assist');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', messages.assistLabel);
  const fields = [...new Set(matchFormFields(form).map((match) => match.field))];
  const names = fields.map((field) => messages[LABEL_KEYS[field]]).join(', ');
  const button = element(document, 'button', undefined, messages.assistButton);
  button.type = 'button';
  const note = element(document, 'span', 'note', messages.assistNote.replace('{fields}', names));
  const status = element(document, 'span', 'note');
  status.setAttribute('role', 'status');
  status.setAttribute('data-assist-status', '');
  button.addEventListener('click', () => {
    button.disabled = true;
    void context
      .profileFields()
      .catch((): ProfileFields => ({}))
      .then((profile) => {
        const filled = fillForm(matchFormFields(form), profile);
        status.textContent =
          filled.length === 0
            ? messages.assistNothing
            : messages.assistFilled.replace(
                '{fields}',
                filled.map((match) => messages[LABEL_KEYS[match.field]]).join(', '),
              );
        button.disabled = false;
      });
  });
  box.append(element(document, 'span', 'pill', 'Verwonder'), button, note, status);
  ui.wrap.append(box);
  return ui;
}
