/**
 * Firefox reads no port in a match pattern: "http://127.0.0.1:4801/*" names the host
 * "127.0.0.1:4801", which no page has, so the content script never ran and every host permission
 * was void (bug 1362809). For the Firefox build the patterns lose their port, and each content
 * script keeps its exact origins as `include_globs`, which Firefox matches against the whole URL
 * (port included): the script still runs on the city sites only. The background reads the globs
 * for its sender check (background/index.ts).
 */
const PORT_PATTERN = /^(https?:\/\/[^/:*]+):\d{1,5}(\/.*)$/;

/** "http://127.0.0.1:4801/*" -> "http://127.0.0.1/*"; patterns without a port stay as they are. */
export function withoutPort(pattern: string): string {
  const match = PORT_PATTERN.exec(pattern);
  return match ? `${match[1]}${match[2]}` : pattern;
}

const hasPort = (pattern: string) => PORT_PATTERN.test(pattern);
const unique = (patterns: string[]) => [...new Set(patterns)];

interface ContentScript {
  matches?: string[];
  include_globs?: string[];
  [key: string]: unknown;
}

export interface ManifestWithPatterns {
  host_permissions?: string[];
  content_scripts?: ContentScript[];
  [key: string]: unknown;
}

/** The manifest as Firefox can read it: port-free patterns, exact origins kept as globs. */
export function firefoxMatchPatterns<T extends ManifestWithPatterns>(manifest: T): T {
  return {
    ...manifest,
    ...(manifest.host_permissions && {
      host_permissions: unique(manifest.host_permissions.map(withoutPort)),
    }),
    ...(manifest.content_scripts && {
      content_scripts: manifest.content_scripts.map((script) => {
        const matches = script.matches ?? [];
        if (!matches.some(hasPort)) return script;
        return {
          ...script,
          matches: unique(matches.map(withoutPort)),
          include_globs: [...(script.include_globs ?? []), ...matches],
        };
      }),
    }),
  };
}
