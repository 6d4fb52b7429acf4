import { matchFormFields, type FieldMatch } from '../forms/match-form-fields.ts';
import { fillForm } from '../forms/fill-form.ts';
import type { ProfileFieldId, ProfileFields } from '../forms/profile-fields.ts';
import type { Locale } from '../i18n/messages.ts';
import { PAGE_MESSAGES } from '../i18n/page-messages.ts';
import { createUiHost, element, type UiHost } from './ui-host.ts';
import { unfindableText } from './unfindable-text.ts';

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

/** Whether the form still shows exactly the inputs offered, each for the same field. */
function sameOffer(offered: readonly FieldMatch[], now: readonly FieldMatch[]): boolean {
  return (
    offered.length === now.length &&
    offered.every((match, index) => {
      const other = now[index];
      return other?.input === match.input && other.field === match.field;
    })
  );
}

/**
 * The offer above a form: one button naming the fields it can fill. Nothing is read from the vault
 * or written into the form before the click, and the click fills only the inputs named: the page
 * can add or change fields under the click (on pointerdown), so when the form no longer shows
 * exactly those, nothing is filled and the offer is made again for the person to read.
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
  const button = element(document, 'button', undefined, messages.assistButton);
  button.type = 'button';
  const note = element(document, 'span', 'note');
  const status = element(document, 'span', 'note');
  status.setAttribute('role', 'status');
  status.setAttribute('data-assist-status', '');
  const namesOf = (matches: readonly FieldMatch[]) =>
    [...new Set(matches.map((match) => messages[LABEL_KEYS[match.field]]))].join(', ');

  let offered: FieldMatch[] = [];
  const offer = () => {
    offered = matchFormFields(form);
    unfindableText(
      note,
      offered.length === 0
        ? messages.assistNone
        : messages.assistNote.replace('{fields}', namesOf(offered)),
    );
  };
  /** Fills nothing when the form changed since the offer; offers again instead. */
  const stillOffered = () => {
    if (sameOffer(offered, matchFormFields(form))) return true;
    offer();
    unfindableText(status, messages.assistChanged);
    return false;
  };
  offer();

  button.addEventListener('click', () => {
    if (!stillOffered() || offered.length === 0) return;
    button.disabled = true;
    void context
      .profileFields()
      .catch((): ProfileFields => ({}))
      .then((profile) => {
        button.disabled = false;
        // The page had time to change the form while the vault answered.
        if (!stillOffered()) return;
        const filled = fillForm(offered, profile);
        unfindableText(
          status,
          filled.length === 0
            ? messages.assistNothing
            : messages.assistFilled.replace('{fields}', namesOf(filled)),
        );
      });
  });
  box.append(element(document, 'span', 'pill', 'Verwonder'), button, note, status);
  ui.wrap.append(box);
  return ui;
}
