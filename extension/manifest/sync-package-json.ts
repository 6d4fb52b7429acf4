import { readFileSync, writeFileSync } from 'node:fs';

import type { ExtensionConfig } from './extension-config.ts';
import { toPlasmoPackageFields, withPlasmoPackageFields } from './plasmo-package-fields.ts';

/**
 * Writes the manifest fields of `config` into the package.json at `path`, only when they differ,
 * so repeated builds leave the file (and its mtime) untouched. Returns whether it wrote.
 */
export function syncPackageJson(path: string, config: ExtensionConfig): boolean {
  const current = readFileSync(path, 'utf8');
  const packageJson: unknown = JSON.parse(current);
  if (typeof packageJson !== 'object' || packageJson === null || Array.isArray(packageJson)) {
    throw new TypeError(`${path} does not hold a JSON object`);
  }
  const next = `${JSON.stringify(
    withPlasmoPackageFields(packageJson as Record<string, unknown>, toPlasmoPackageFields(config)),
    null,
    2,
  )}\n`;
  if (next === current) return false;
  writeFileSync(path, next);
  return true;
}
