import {
  array,
  int,
  literal,
  maximum,
  minimum,
  object,
  optional,
  positive,
  record,
  regex,
  string,
  tuple,
  type infer as Infer,
} from 'zod/mini';
import {
  neighbourTable,
  tableNeighbours,
  type Neighbour,
  type NeighbourTable,
} from './neighbour-table.ts';

/**
 * The collaborative model: for each goodbooks book its strongest neighbours (EASE weights over real
 * ratings), quantised to 0..255. Trained offline (`npm run train:item-model`) and committed as
 * shared/model-data/item-neighbours.json.gz with its provenance; parsing is pure so browsers can use
 * it (zod/mini: Plasmo's bundler breaks on full zod). The extension's build checks the file with this
 * schema and ships a packed form its worker reads without it (extension/scripts/pack-item-model.ts).
 */
export const ItemModelFile = object({
  version: literal(1),
  source: string(),
  neighboursPerItem: int().check(positive()),
  /** What it was trained on and how, so a figure can name the model behind it. */
  provenance: optional(
    object({
      ratings: string(),
      interactions: int().check(minimum(0)),
      users: int().check(minimum(0)),
      method: string(),
      trainedAt: optional(string()),
      sha256: optional(string()),
    }),
  ),
  /** book id -> [neighbour ids, quantised similarities] */
  items: record(
    string().check(regex(/^\d+$/)),
    tuple([array(int()), array(int().check(minimum(0), maximum(255)))]),
  ),
});
export type ItemModelFile = Infer<typeof ItemModelFile>;

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
