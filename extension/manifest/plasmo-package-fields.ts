import type { ExtensionConfig } from './extension-config.ts';

/**
 * The package.json fields Plasmo turns into manifest entries: displayName, version and description
 * become name, version and description; `manifest` is merged into the generated manifest.
 * Plasmo keeps `browser_specific_settings.gecko` for Firefox targets and drops it for Chrome.
 */
export function toPlasmoPackageFields(config: ExtensionConfig) {
  return {
    displayName: config.name,
    version: config.version,
    description: config.description,
    manifest: {
      permissions: [...config.permissions],
      host_permissions: [...config.supportedSites, ...config.vaultSites],
      optional_host_permissions: [...config.optionalHostPermissions],
      browser_specific_settings: {
        gecko: { id: config.firefox.geckoId, strict_min_version: config.firefox.strictMinVersion },
      },
    },
  };
}

export type PlasmoPackageFields = ReturnType<typeof toPlasmoPackageFields>;

/** Returns package.json with the fields replaced, other keys kept in their order. */
export function withPlasmoPackageFields(
  packageJson: Record<string, unknown>,
  fields: PlasmoPackageFields,
): Record<string, unknown> {
  return { ...packageJson, ...fields };
}
