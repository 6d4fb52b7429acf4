/**
 * Only paths of this site may be linked or returned to: after connecting (no open redirect through
 * `terug`) and from an error page (a request path such as `//evil.example/` is another site).
 */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && value.length <= 500
    ? value
    : '/';
}
