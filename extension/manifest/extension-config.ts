/**
 * The schema of plasmo.config.ts, the one typed source of the extension's manifest settings.
 * Plasmo reads none of it itself: scripts/build.ts turns it into package.json fields before building.
 */
import { z } from 'zod';

import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';

export const EXTENSION_TARGETS = ['chrome-mv3', 'firefox-mv3'] as const;

export const ExtensionTargetSchema = z.enum(EXTENSION_TARGETS);
export type ExtensionTarget = z.infer<typeof ExtensionTargetSchema>;

/** A match pattern for one site (scheme, host, optional port, path `/*`), as the manifest wants it. */
const SiteMatchPatternSchema = z
  .string()
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?\/\*$/, 'expected e.g. "http://127.0.0.1:4801/*"');

export const ExtensionConfigSchema = z
  .object({
    /** Shown in the browser's extension list; Chrome allows at most 75 characters. */
    name: z.string().min(1).max(75),
    /** Chrome allows at most 132 characters. */
    description: z.string().min(1).max(132),
    /** Chrome wants one to four dot-separated integers; no pre-release suffixes. */
    version: z.string().regex(/^\d+(\.\d+){0,3}$/),
    /** API permissions, beyond the ones Plasmo adds for the features in use. */
    permissions: z.array(z.string().regex(/^[a-zA-Z.]+$/)).readonly(),
    /** The city sites the extension works on: host permissions and content-script matches. */
    supportedSites: z.array(SiteMatchPatternSchema).min(1).readonly(),
    /**
     * Vaults the extension may pair with: host permissions only (no content script), so the
     * background can call the vault and see its OAuth callback URL in tabs.onUpdated.
     */
    vaultSites: z.array(SiteMatchPatternSchema).readonly().default([]),
    /**
     * Asked for one origin at a time, when the person turns the extension on for another site
     * (popup); never granted at install.
     */
    optionalHostPermissions: z
      .array(z.enum(['http://*/*', 'https://*/*']))
      .readonly()
      .default([]),
    targets: z.array(ExtensionTargetSchema).min(1).readonly(),
    firefox: z
      .object({
        /** Firefox needs a stable add-on id for storage and messaging to survive reinstalls. */
        geckoId: z.string().regex(/^[a-z0-9.-]+@[a-z0-9.-]+$/),
        strictMinVersion: z.string().regex(/^\d+(\.\d+)*$/),
      })
      .strict(),
  })
  .strict();

export type ExtensionConfig = z.infer<typeof ExtensionConfigSchema>;

/** Validates the config at load time, so a typo fails the build instead of shipping. */
export function defineExtensionConfig(
  input: z.input<typeof ExtensionConfigSchema>,
): ExtensionConfig {
  const parsed = ExtensionConfigSchema.safeParse(input);
  if (!parsed.success) {
    throw new VerwonderError(
      'config_error',
      `invalid plasmo.config.ts: ${z.prettifyError(parsed.error)}`,
      {
        cause: parsed.error,
      },
    );
  }
  return parsed.data;
}
