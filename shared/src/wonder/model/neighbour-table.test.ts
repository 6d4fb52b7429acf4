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

it('the committed model keeps each book with its 50 strongest neighbours', () => {
  const model = loadItemModel();
  const table = model.table;
  if (!table) throw new Error('parseItemModel builds the table');
  expect(model.size).toBe(9229);
  expect(table.start[model.size]).toBe(table.neighbour.length);
  const first = model.neighbours('book-1');
  expect(first).toHaveLength(50);
  expect(first.every((n) => n.id.startsWith('book-') && n.sim >= 0 && n.sim <= 1)).toBe(true);
  expect(first.map((n) => n.sim)).toEqual([...first.map((n) => n.sim)].sort((a, b) => b - a));
});
