import { CulturalRecord } from '@verwonder/shared';
import { describe, expect, it } from 'vitest';
import { recordDocument, recordDocumentJson } from './json-ld-views.ts';

describe('recordDocumentJson', () => {
  it('serialises exactly what recordDocument holds', () => {
    const record = CulturalRecord.parse({
      id: 'r1',
      category: 'loans',
      time: '2024-01-01T00:00:00Z',
      source: { type: 'person' },
      item: { id: 'book-1', title: 'Kaas "en" <ham>', kind: 'book' },
      data: { action: 'borrowed' },
    });
    const json = recordDocumentJson('http://localhost:4800', 'anna', record);
    expect(JSON.parse(json)).toEqual(recordDocument('http://localhost:4800', 'anna', record));
  });
});
