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

/**
 * Book descriptions come with Open Library markdown: cross-reference appendices ("Contained in:"),
 * link references and, in a few, links to pirated PDFs. Keep the prose only.
 */
export function cleanDescription(raw: string): string | undefined {
  const kept: string[] = [];
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*-{3,}\s*$/.test(line) || /^\s*(also )?(contained in|contains):?\s*$/i.test(line))
      break;
    if (/^\s*\[\d+\]:\s*\S+/.test(line)) continue; // link reference definition
    if (/^\s*[-*]?\s*\[[^\]]*\]\([^)]*\)\s*$/.test(line)) continue; // a line that is only a link
    kept.push(line);
  }
  const text = kept
    .join('\n')
    .replace(/\(?\[[^\]]*\]\(https?:\/\/[^)]*chesserresources[^)]*\)\)?/gis, '')
    .replace(/\(?\[(source|bron)\]\[\d+\]\)?/gi, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[\d+\]/g, '$1')
    .replace(/\[\d+\]/g, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\*\*/g, '')
    .replace(/\\(?=\S)/g, '')
    .replace(/\\$/gm, '');
  const tidy = tidyText(text);
  return tidy.length > 0 ? tidy : undefined;
}
