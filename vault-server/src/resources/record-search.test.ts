import { CulturalRecord } from '@verwonder/shared';
import { expect, it } from 'vitest';
import { loanRecord } from '../testing/test-vault.ts';
import { filterOf, recordMatches } from './record-search.ts';

const loan = CulturalRecord.parse({ id: 'l1', category: 'loans', ...loanRecord('De Avonden') });

it('matches the words of a record, not the names of its fields (review finding: a search for a field name such as "branch", or "kind", Dutch for child, found every record with that field)', () => {
  const matches = (q: string) => recordMatches(loan, filterOf({ q })!);
  expect(matches('branch')).toBe(false);
  expect(matches('action')).toBe(false);
  expect(matches('permeke')).toBe(true);
  expect(matches('borrowed')).toBe(true);
  expect(matches('avonden')).toBe(true);
});
