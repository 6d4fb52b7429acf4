/** The toolbar popup: one status line for now, in the browser's language (Dutch by default). */
import { messagesFor } from './i18n/messages.ts';

const POPUP_STYLE = { minWidth: 260, padding: 16, font: '14px/1.4 system-ui, sans-serif' } as const;

export default function Popup() {
  const messages = messagesFor(navigator.language);
  return (
    <main style={POPUP_STYLE}>
      <p>{messages.popupStatus}</p>
    </main>
  );
}
