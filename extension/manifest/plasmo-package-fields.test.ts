import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import config from '../../plasmo.config.ts';
import { toPlasmoPackageFields, withPlasmoPackageFields } from './plasmo-package-fields.ts';
import { syncPackageJson } from './sync-package-json.ts';

describe('toPlasmoPackageFields', () => {
  it('maps the config onto the package.json fields Plasmo reads', () => {
    const fields = toPlasmoPackageFields(config);
    expect(fields.displayName).toBe(config.name);
    expect(fields.manifest.host_permissions).toEqual([
      ...config.supportedSites,
      ...config.vaultSites,
    ]);
    expect(fields.manifest.browser_specific_settings.gecko.id).toBe(config.firefox.geckoId);
  });

  it('keeps the other package.json keys in their order', () => {
    const merged = withPlasmoPackageFields(
      { name: '@verwonder/extension', displayName: 'old', scripts: {} },
      toPlasmoPackageFields(config),
    );
    expect(Object.keys(merged)).toEqual([
      'name',
      'displayName',
      'scripts',
      'version',
      'description',
      'manifest',
    ]);
  });
});

describe('syncPackageJson', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('writes once, then leaves an up-to-date file alone', () => {
    dir = mkdtempSync(join(tmpdir(), 'verwonder-pkg-'));
    const path = join(dir, 'package.json');
    writeFileSync(path, `${JSON.stringify({ name: 'x', private: true }, null, 2)}\n`);

    expect(syncPackageJson(path, config)).toBe(true);
    const written = readFileSync(path, 'utf8');
    const modified = statSync(path).mtimeMs;

    expect(syncPackageJson(path, config)).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(written);
    expect(statSync(path).mtimeMs).toBe(modified);
    expect(JSON.parse(written)).toMatchObject({ name: 'x', version: config.version });
  });
});
