import { expect, it } from 'vitest';
import { validateImport } from './import-records.ts';

const line = {
  time: '2024-05-01T10:00:00Z',
  item: { id: 'book-1', title: 'Een boek', kind: 'book' },
  data: { action: 'borrowed' },
  // What only a site's own write gets from the vault.
  source: {
    type: 'client',
    clientId: 'http://127.0.0.1:4801/client.json',
    name: 'Bibliotheek Antwerpen',
  },
};

it('an imported record says it came from the import, whatever a JSON line claims (review finding: a JSON/NDJSON import line’s source overrides the vault’s)', async () => {
  for (const [format, text] of [
    ['json', JSON.stringify([line])],
    ['ndjson', JSON.stringify(line)],
  ] as const) {
    const { records, errors } = await validateImport(text, format, 'loans', 'mijn.json');
    expect(errors).toEqual([]);
    expect(records[0]!.source).toEqual({ type: 'import', format: 'json', fileName: 'mijn.json' });
  }
});
