import { describe, expect, it } from 'vitest';
import { cleanDescription, repairMojibake, tidyText } from './repair-text.ts';

describe('repairMojibake', () => {
  it('undoes UTF-8 read as Latin-1', () => {
    expect(repairMojibake('J.K. Rowling, Mary GrandPrÃ©')).toBe('J.K. Rowling, Mary GrandPré');
    expect(repairMojibake('Ã‰mile Zola'.replace('‰', '\u0089'))).toBe('Émile Zola');
  });

  it('leaves correct text alone', () => {
    for (const text of ['Mary GrandPré', 'Dvořák', 'Ça va', 'Âge', 'plain'])
      expect(repairMojibake(text)).toBe(text);
  });

  it('tidies whitespace in descriptions', () => {
    expect(tidyText('  a  b \r\n\r\n c ')).toBe('a b\nc');
  });
});

describe('cleanDescription', () => {
  it('keeps the prose and drops appendices, link references and PDF links', () => {
    const raw =
      'A gripping tale. [**\\\nThe Book PDF**](https://chesserresources.com/doc/x/)\nMore [prose](https://example.org/a).\n([source][1])\n\n  [1]: https://example.org/\n\n---\n\nAlso contained in:\n\n- [Omnibus](https://openlibrary.org/works/OL1W)';
    expect(cleanDescription(raw)).toBe('A gripping tale.\nMore prose.');
  });

  it('returns undefined when nothing is left', () => {
    expect(cleanDescription('  \n [1]: https://example.org/ ')).toBeUndefined();
  });
});
