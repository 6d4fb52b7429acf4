export * from './errors/verwonder-error.ts';
export * from './model/index.ts';
export * from './catalog/index.ts';
export * from './jsonld/index.ts';
export { suggest, type SuggestOptions } from './wonder/suggest.ts';
export { parseItemModel } from './wonder/model/item-model.ts';
