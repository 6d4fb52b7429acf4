/**
 * shared/ is the bottom layer: the ESLint rule that keeps it from importing the vault, the extension
 * or the demo sites must really fire, and must not fire elsewhere.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function restrictedImportErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('the import boundary of shared/', () => {
  it.each([
    "import { startVault } from '@verwonder/vault-server';",
    "import { startCitySites } from '@verwonder/city-sites';",
    "import '../../vault-server/src/start-vault.ts';",
    "import '../../extension/src/popup.tsx';",
  ])('refuses %s in shared/', async (code) => {
    const errors = await restrictedImportErrors(`${code}\n`, 'shared/src/model/boundary-probe.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('shared/ is the bottom layer');
  });

  it('lets the other parts import shared/', async () => {
    const code =
      "import { startVault } from '@verwonder/vault-server';\nimport { DATA_CATEGORIES } from '@verwonder/shared';\n";
    expect(await restrictedImportErrors(code, 'examples/city-sites/src/boundary-probe.ts')).toEqual(
      [],
    );
  });
});
