export * from './offline-document-loader.ts';
export * from './to-json-ld.ts';
export * from './verwonder-context.ts';
