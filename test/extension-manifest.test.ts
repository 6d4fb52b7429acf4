/**
 * The built manifests (both targets) carry exactly the settings of plasmo.config.ts.
 * Needs `npm run build -w extension` first.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { requireBuild } from '../extension/manifest/build-output.ts';
import { withoutPort } from '../extension/manifest/firefox-match-patterns.ts';
import config from '../plasmo.config.ts';

const BuiltManifestSchema = z.object({
  manifest_version: z.number(),
  name: z.string(),
  description: z.string(),
  version: z.string(),
  permissions: z.array(z.string()).default([]),
  host_permissions: z.array(z.string()).default([]),
  optional_host_permissions: z.array(z.string()).default([]),
  content_scripts: z.array(
    z.object({
      matches: z.array(z.string()),
      include_globs: z.array(z.string()).optional(),
      js: z.array(z.string()),
    }),
  ),
  background: z
    .object({ service_worker: z.string() })
    .or(z.object({ scripts: z.array(z.string()) })),
  icons: z.record(z.string(), z.string()),
  browser_specific_settings: z
    .object({ gecko: z.object({ id: z.string(), strict_min_version: z.string() }) })
    .optional(),
});

function readManifest(target: (typeof config.targets)[number]) {
  const directory = requireBuild(target);
  return BuiltManifestSchema.parse(JSON.parse(readFileSync(`${directory}/manifest.json`, 'utf8')));
}

describe.each(config.targets)('built %s manifest', (target) => {
  const manifest = readManifest(target);
  // Firefox reads no port in a match pattern: its build has port-free patterns (see
  // firefox-match-patterns.ts) and keeps the exact city sites as the content script's globs.
  const asBuilt = (patterns: readonly string[]) =>
    target === 'firefox-mv3' ? [...new Set(patterns.map(withoutPort))] : patterns;

  it('is Manifest V3 with the name, description and version of plasmo.config.ts', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe(config.name);
    expect(manifest.description).toBe(config.description);
    expect(manifest.version).toBe(config.version);
  });

  it('asks for exactly the configured permissions and host permissions', () => {
    expect([...manifest.permissions].sort()).toEqual([...config.permissions].sort());
    expect(manifest.host_permissions).toEqual(
      asBuilt([...config.supportedSites, ...config.vaultSites]),
    );
    expect(manifest.optional_host_permissions).toEqual(config.optionalHostPermissions);
    expect(config.optionalHostPermissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('runs its content scripts on exactly the supported city sites', () => {
    expect(manifest.content_scripts.length).toBeGreaterThan(0);
    for (const script of manifest.content_scripts) {
      expect(script.matches).toEqual(asBuilt(config.supportedSites));
      expect(script.include_globs).toEqual(
        target === 'firefox-mv3' ? config.supportedSites : undefined,
      );
    }
  });

  it('has icons in the sizes the browsers use', () => {
    expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '48', '128']));
  });

  if (target === 'firefox-mv3') {
    it('has the gecko id and an event-page background (Firefox has no service workers)', () => {
      expect(manifest.browser_specific_settings?.gecko).toEqual({
        id: config.firefox.geckoId,
        strict_min_version: config.firefox.strictMinVersion,
      });
      expect(manifest.background).toHaveProperty('scripts');
    });
  } else {
    it('has a background service worker and no Firefox settings', () => {
      expect(manifest.browser_specific_settings).toBeUndefined();
      expect(manifest.background).toHaveProperty('service_worker');
    });
  }
});
