import type { CatalogItem } from '../../catalog/catalog-item.ts';
import type { GenreThemeBridge } from '../../catalog/genre-theme-bridge.ts';
import { parseItemModel, type ItemModel } from '../../wonder/model/item-model.ts';
import type { RatingDataset } from '../data/rating-dataset.ts';
import { evaluateLists, type EvalContext } from '../evaluate.ts';
import type { Split } from '../split.ts';
import {
  PRODUCT_ITEM_MODEL,
  trainEaseItemModel,
  type NeighbourLinkMode,
} from './ease-item-model.ts';
import { productLists } from './product-lists.ts';

export interface ProductModelInput {
  ds: RatingDataset;
  /** Trained on this split's training part only. */
  split: Split;
  /** What the split is, for the model's provenance. */
  label: string;
  lambda: number;
  links?: NeighbourLinkMode;
  neighbours?: number;
}

/** The product's collaborative model (`trainEaseItemModel`) trained on a split's training part. */
export function productItemModel(input: ProductModelInput): ItemModel {
  const { split } = input;
  return parseItemModel(
    trainEaseItemModel({
      ...PRODUCT_ITEM_MODEL,
      ...(input.links ? { links: input.links } : {}),
      ...(input.neighbours ? { neighbours: input.neighbours } : {}),
      lambda: input.lambda,
      train: split.train,
      ratings: split.trainRatings,
      itemIds: input.ds.itemIds,
      source: input.label,
      provenance: {
        ratings: input.label,
        interactions: split.train.reduce((s, r) => s + r.length, 0),
        users: split.userCount,
        method: 'rating-weighted EASE (dual), strongest links',
      },
    }),
  );
}

export const LINK_MODES: readonly NeighbourLinkMode[] = ['column', 'row', 'both'];
/** Neighbours kept per item that a run may choose: the product's own, and twice as many. */
export const MODEL_NEIGHBOURS: readonly number[] = [PRODUCT_ITEM_MODEL.neighbours, 60];

export interface ModelShape {
  links: NeighbourLinkMode;
  neighbours: number;
}

/**
 * Which links the model keeps, and how many per item, are training choices, like EASE's lambda: the
 * shape whose model gives the product path the best NDCG on the validation split (ties: the
 * product's own, tried first). The committed model's `PRODUCT_ITEM_MODEL` is goodbooks' choice on
 * its tuning seed.
 */
export function chooseModelShape(input: {
  ds: RatingDataset;
  val: Split;
  valCtx: EvalContext;
  candidates: readonly CatalogItem[];
  bridge?: GenreThemeBridge;
  lambda: number;
  say?: (message: string) => void;
}): ModelShape {
  let best: ModelShape & { ndcg: number } = {
    links: PRODUCT_ITEM_MODEL.links,
    neighbours: PRODUCT_ITEM_MODEL.neighbours,
    ndcg: -1,
  };
  for (const neighbours of MODEL_NEIGHBOURS)
    for (const links of LINK_MODES) {
      const itemModel = productItemModel({
        ds: input.ds,
        split: input.val,
        label: 'validation split',
        lambda: input.lambda,
        links,
        neighbours,
      });
      const lists = productLists({
        split: input.val,
        candidates: input.candidates,
        itemModel,
        ...(input.bridge ? { bridge: input.bridge } : {}),
        k: input.valCtx.k,
        users: input.valCtx.users,
      });
      const name = `${links}-${neighbours}`;
      const ndcg = evaluateLists(input.valCtx, name, lists)[`ndcg@${input.valCtx.k}`] as number;
      input.say?.(
        `  validation: model links ${links}, ${neighbours} per item: product NDCG ${ndcg.toFixed(4)}`,
      );
      if (ndcg > best.ndcg) best = { links, neighbours, ndcg };
    }
  return { links: best.links, neighbours: best.neighbours };
}
