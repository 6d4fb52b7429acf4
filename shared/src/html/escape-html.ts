/**
 * The one HTML escape of the project (the vault's pages and the demo sites): the five characters that
 * can end a text node or a quoted attribute, plus the backtick, which old browsers took as a quote.
 */
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (ch) => ESCAPES[ch] ?? ch);
}
