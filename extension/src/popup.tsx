/** The toolbar popup: one status line for now, in the browser's language (Dutch by default). */
import { useEffect } from 'react';

import { MESSAGES, pickLocale } from './i18n/messages.ts';

const POPUP_STYLE = { minWidth: 260, padding: 16, font: '14px/1.4 system-ui, sans-serif' } as const;

export default function Popup() {
  const locale = pickLocale(navigator.language);
  useEffect(() => {
    // Plasmo's popup.html has no lang attribute; screen readers need it.
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <main style={POPUP_STYLE}>
      <p>{MESSAGES[locale].popupStatus}</p>
    </main>
  );
}
