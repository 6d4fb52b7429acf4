export * from './errors/verwonder-error.ts';
export * from './model/index.ts';
export * from './catalog/index.ts';
export * from './jsonld/index.ts';
