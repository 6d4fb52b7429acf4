import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { ExtensionTarget } from './extension-config.ts';

/** Where `plasmo build --target=<target>` puts the unpacked production extension. */
export function buildDirectory(target: ExtensionTarget): string {
  return fileURLToPath(new URL(`../build/${target}-prod`, import.meta.url));
}

/** The build directory, or an error that says how to make it (tests need a build first). */
export function requireBuild(target: ExtensionTarget): string {
  const directory = buildDirectory(target);
  if (!existsSync(`${directory}/manifest.json`)) {
    throw new Error(
      `No ${target} build at ${directory}: run \`npm run build -w extension\` first ` +
        '(the root `npm test` does that before the tests).',
    );
  }
  return directory;
}
