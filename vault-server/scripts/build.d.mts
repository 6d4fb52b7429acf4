/** Types of build.mjs, for the TypeScript that builds with it (the benchmarks). */
export declare const DIST: string;
export declare function isStale(outdir?: string): boolean;
export declare function buildVault(options?: {
  outdir?: string;
  ifStale?: boolean;
  entryPoints?: Record<string, string>;
}): Promise<boolean>;
