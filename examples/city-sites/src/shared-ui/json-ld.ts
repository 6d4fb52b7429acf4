import { SafeHtml } from './html.ts';

/**
 * Serialises JSON for a <script type="application/ld+json"> block. `<`, `>` and `&` become
 * \u escapes so that `</script>` or `<!--` inside data cannot end the block; U+2028/2029 are
 * escaped for old JavaScript parsers that consumers may use.
 */
export function serializeJsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function jsonLdScript(data: Record<string, unknown>): SafeHtml {
  return new SafeHtml(
    `<script type="application/ld+json">${serializeJsonForScript(data)}</script>`,
  );
}
