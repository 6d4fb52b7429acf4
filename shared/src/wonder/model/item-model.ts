import { z } from 'zod';
import {
  neighbourTable,
  tableNeighbours,
  type Neighbour,
  type NeighbourTable,
} from './neighbour-table.ts';

/**
 * The collaborative model: for each goodbooks book its strongest neighbours (EASE weights over real
 * ratings), quantised to 0..255. Trained offline (`npm run train:item-model`) and committed as
 * shared/model-data/item-neighbours.json.gz with its provenance; parsing is pure so browsers can use it.
 */
export const ItemModelFile = z.object({
  version: z.literal(1),
  source: z.string(),
  neighboursPerItem: z.number().int().positive(),
  /** book id -> [neighbour ids, quantised similarities] */
  /** What it was trained on and how, so a figure can name the model behind it. */
  provenance: z
    .object({
      ratings: z.string(),
      interactions: z.number().int().nonnegative(),
      users: z.number().int().nonnegative(),
      method: z.string(),
      trainedAt: z.string().optional(),
      sha256: z.string().optional(),
    })
    .optional(),
  items: z.record(
    z.string().regex(/^\d+$/),
    z.tuple([z.array(z.number().int()), z.array(z.number().int().min(0).max(255))]),
  ),
});
export type ItemModelFile = z.infer<typeof ItemModelFile>;

export interface ItemModel {
  /** Neighbours of a catalogue id (`book-12`) with similarity 0..1. */
  neighbours(itemId: string): readonly Neighbour[];
  size: number;
  /** The same lists as flat arrays, for the ranking's hot loop; a model made by hand may leave it out. */
  table?: NeighbourTable;
}

export function parseItemModel(json: unknown): ItemModel {
  const file = ItemModelFile.parse(json);
  const table = neighbourTable(
    Object.entries(file.items).map(([id, [ids, sims]]) => [
      `book-${id}`,
      ids.map((n, i) => ({ id: `book-${n}`, sim: (sims[i] ?? 0) / 255 })),
    ]),
  );
  return {
    neighbours: (id) => tableNeighbours(table, id),
    size: Object.keys(file.items).length,
    table,
  };
}
