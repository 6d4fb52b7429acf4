import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export interface BrowserBundle {
  /** Every module the bundler read, as paths from the repository root. */
  inputs: string[];
  /** Those that put bytes in the output (a module whose exports were all left out counts for nothing). */
  carried: string[];
  bytes: number;
}

/**
 * Bundles an entry point for the browser in memory, as the extension's worker, pages and content
 * script are bundled, so a test can say what it must and must not carry.
 */
export async function browserBundle(
  entry: URL,
  options: { format?: 'esm' | 'iife'; external?: string[] } = {},
): Promise<BrowserBundle> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    write: false,
    format: options.format ?? 'esm',
    platform: 'browser',
    external: options.external ?? [],
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return {
    inputs: Object.keys(result.metafile.inputs),
    carried: Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
    bytes: result.outputFiles[0]!.contents.byteLength,
  };
}
