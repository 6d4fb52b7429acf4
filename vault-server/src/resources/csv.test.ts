import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('handles quotes, embedded separators and line breaks, and reports start lines', () => {
    const rows = parseCsv('a,b,c\r\n1,"x, y","he said ""hi"""\n2,"two\nlines",z\n\n3,,\n');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x, y', 'he said "hi"'] },
      { line: 3, cells: ['2', 'two\nlines', 'z'] },
      { line: 6, cells: ['3', '', ''] },
    ]);
  });

  it('accepts semicolons and a byte-order mark, and rejects an open quote', () => {
    expect(parseCsv('\uFEFFa;b\n1;2')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
    expect(() => parseCsv('a\n"open')).toThrow(/line 2/);
  });
});
