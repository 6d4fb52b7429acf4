import { browserBundle } from '@verwonder/shared/testing/browser-bundle.ts';
import { describe, expect, it } from 'vitest';

/**
 * The content script runs on every page load, so it carries only what the page needs (extension
 * README, "What the content script may import"). A zod/mini schema is never tree-shaken, so one
 * value import from a module of schemas or texts brings the whole module: this keeps the
 * background's and the pages' modules out of its bundle.
 */
describe('the content script bundle', () => {
  it('leaves out the ranking, the page parsers, the vault, the full message table and the category registry', async () => {
    // What the bundle carries (a module whose exports were all left out counts for nothing).
    const { carried: inputs } = await browserBundle(
      new URL('../contents/verwonder.ts', import.meta.url),
      { format: 'iife', external: ['plasmo'] },
    );
    expect(inputs).toContain('extension/src/i18n/page-messages.ts');
    const forbidden = [
      /extension\/src\/ranking\/(?!item-terms\.ts)/,
      /extension\/src\/vault\/(?!pairing-status\.ts|vault-taste-version\.ts)/,
      /extension\/src\/i18n\/(messages|insight-messages)\.ts/,
      /extension\/src\/messaging\/(runtime-messages|rank-page-messages|prompt-messages)\.ts/,
      /shared\/src\/model\/data-category-registry\.ts/,
      // The page's words are parsed and checked in the worker (assemble-page.ts), not on the page.
      /extension\/src\/page\/(page-item|item-facts|assemble-page|read-json-ld|read-microdata|read-page)\.ts/,
      // The dial's presets (settings' default) are the only part of shared's wonder code it needs.
      /shared\/src\/wonder\/(?!rerank\/dial\.ts)/,
    ];
    expect(inputs.filter((path) => forbidden.some((pattern) => pattern.test(path)))).toEqual([]);
  });
});
