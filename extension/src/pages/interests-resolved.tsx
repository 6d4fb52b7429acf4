/**
 * What each typed interest became: "jazz → Jazz en blues (thema)", so the person sees how the
 * extension understood them (and that a word it did not recognise still counts as a word).
 */
import { resolveInterests } from '@verwonder/shared/interests/resolve-interests.ts';

import type { Language } from '../control/settings.ts';
import { MESSAGES } from '../i18n/messages.ts';

const KIND = {
  nl: { eventtype: 'soort activiteit', theme: 'thema', genre: 'genre', bookgenre: 'boekgenre' },
  en: { eventtype: 'kind of activity', theme: 'theme', genre: 'genre', bookgenre: 'book genre' },
} as const;

export function InterestsResolved({ text, language }: { text: string; language: Language }) {
  const m = MESSAGES[language];
  const resolved = resolveInterests(text);
  if (resolved.length === 0) return null;
  return (
    <ul id="interests-resolved" aria-live="polite">
      {resolved.map((entry) => (
        <li key={entry.input} data-input={entry.input}>
          {entry.input} →{' '}
          {entry.terms.length > 0
            ? entry.terms
                .map((term) => `${term.label[language]} (${KIND[language][term.kind]})`)
                .join(', ')
            : m.notRecognised}
        </li>
      ))}
    </ul>
  );
}
