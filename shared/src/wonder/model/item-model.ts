import { z } from 'zod';

/**
 * The collaborative model: for each goodbooks book its nearest books by cosine over real ratings,
 * similarities quantised to 0..255. Trained offline (shared/scripts/train-item-model.ts) and
 * committed as shared/model-data/item-neighbours.json.gz; parsing is pure so browsers can use it.
 */
export const ItemModelFile = z.object({
  version: z.literal(1),
  source: z.string(),
  neighboursPerItem: z.number().int().positive(),
  /** book id -> [neighbour ids, quantised similarities] */
  items: z.record(z.string().regex(/^\d+$/), z.tuple([z.array(z.number().int()), z.array(z.number().int().min(0).max(255))])),
});
export type ItemModelFile = z.infer<typeof ItemModelFile>;

export interface ItemModel {
  /** Neighbours of a catalogue id (`book-12`) with similarity 0..1. */
  neighbours(itemId: string): readonly { id: string; sim: number }[];
  size: number;
}

export function parseItemModel(json: unknown): ItemModel {
  const file = ItemModelFile.parse(json);
  const map = new Map<string, { id: string; sim: number }[]>();
  for (const [id, [ids, sims]] of Object.entries(file.items))
    map.set(`book-${id}`, ids.map((n, i) => ({ id: `book-${n}`, sim: (sims[i] ?? 0) / 255 })));
  return { neighbours: (id) => map.get(id) ?? [], size: map.size };
}
