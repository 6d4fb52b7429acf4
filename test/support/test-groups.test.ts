import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { findTestGroups } from './test-groups.ts';

const root = mkdtempSync(join(tmpdir(), 'verwonder-groups-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The fixtures' calls are spelled out here, so this file does not itself look like a db test. */
const call = (name: string): string => `await ${name}();`;

function file(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('findTestGroups', () => {
  it('puts files by what they call: engine suites in db, the extension build in build', () => {
    file('a/storage.test.ts', call('engineSuites'));
    file('a/legacy.test.ts', call('postgresEnabled'));
    file('b/manifest.test.ts', call('requireBuild'));
    file('b/plain.test.ts', "it('adds', () => {});");
    file('test/x.browser.test.ts', call('requireBuild') + call('engineSuites'));
    file('node_modules/dep/y.test.ts', call('engineSuites'));
    file('a/helper.ts', call('engineSuites'));
    const groups = findTestGroups(root);
    expect(groups.db.sort()).toEqual(['a/legacy.test.ts', 'a/storage.test.ts']);
    expect(groups.build).toEqual(['b/manifest.test.ts']);
  });

  it('finds the repository’s own PostgreSQL tests', () => {
    expect(findTestGroups().db).toContain(
      'vault-server/src/storage/vault-storage.contract.test.ts',
    );
  });
});
