/**
 * Undoes UTF-8 that was read as Latin-1 ("GrandPrÃ©" -> "GrandPré"). Text that does not decode
 * cleanly is returned unchanged, so correct text is never damaged.
 */
export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(text)) return text;
  if ([...text].some((c) => c.charCodeAt(0) > 0xff)) return text;
  const decoded = Buffer.from(text, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? text : decoded;
}

/** Collapses runs of spaces and blank lines that the CSV descriptions carry. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
