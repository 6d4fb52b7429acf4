import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    const text = 'a,b,c\n1,"x, y","say ""hi"""\r\n2,"two\nlines",z\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'two\nlines', 'z'],
    ]);
  });
  it('keys rows by the header and skips blank lines', () => {
    expect(parseCsvRecords('id,name\n1,Ann\n\n2,Bo')).toEqual([
      { id: '1', name: 'Ann' },
      { id: '2', name: 'Bo' },
    ]);
  });
});
