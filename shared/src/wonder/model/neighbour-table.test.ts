import { expect, it } from 'vitest';
import { loadItemModel } from './load-item-model.ts';
import { neighbourTable, tableNeighbours } from './neighbour-table.ts';

it('reads back every list as given, with an empty one for items that are only neighbours', () => {
  const lists = [
    [
      'book-1',
      [
        { id: 'book-2', sim: 0.5 },
        { id: 'book-3', sim: 0.25 },
      ],
    ],
    ['book-2', []],
    [
      'book-4',
      [
        { id: 'book-1', sim: 1 },
        { id: 'book-3', sim: 0 },
      ],
    ],
  ] as const;
  const table = neighbourTable(lists.map(([id, list]) => [id, [...list]]));
  for (const [id, list] of lists) expect(tableNeighbours(table, id)).toEqual(list);
  expect(tableNeighbours(table, 'book-3')).toEqual([]);
  expect(tableNeighbours(table, 'act-00001')).toEqual([]);
  expect(table.ids).toEqual(['book-1', 'book-2', 'book-4', 'book-3']);
});

it('the committed model reaches every book from the 30 books that predict it best (its in-links)', () => {
  const model = loadItemModel();
  const table = model.table;
  if (!table) throw new Error('parseItemModel builds the table');
  expect(table.ids).toHaveLength(9229);
  expect(table.start[table.ids.length]).toBe(table.neighbour.length);
  const into = new Int32Array(table.ids.length);
  for (const j of table.neighbour) into[j] = (into[j] as number) + 1;
  expect(Math.max(...into)).toBe(30);
  expect(into.filter((n) => n === 30).length).toBeGreaterThan(9000);
  const first = model.neighbours('book-1');
  expect(first.length).toBeGreaterThan(0);
  expect(first.every((n) => n.id.startsWith('book-') && n.sim >= 0 && n.sim <= 1)).toBe(true);
  expect(first.map((n) => n.sim)).toEqual([...first.map((n) => n.sim)].sort((a, b) => b - a));
});
