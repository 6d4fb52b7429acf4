/**
 * Who sent a runtime message. Content scripts may only speak for the tab and the origin they run
 * in (taken from the browser, never from the message); extension pages (popup, options) are
 * recognised by their own origin. Everything else is nobody.
 */
export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type SenderKind =
  { kind: 'content'; tabId: number; origin: string } | { kind: 'extension-page' } | undefined;

export interface SenderContext {
  extensionId: string;
  /** e.g. "chrome-extension://abc…" (no trailing slash). */
  extensionOrigin: string;
  /** Origins the content script runs on (the manifest's host permissions). */
  supportedOrigins: ReadonlySet<string>;
}

const originOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

export function classifySender(sender: MessageSender, context: SenderContext): SenderKind {
  if (sender.id !== context.extensionId) return undefined;
  // By prefix: URL.origin of a chrome-extension:// URL is "null" outside Chromium.
  if (sender.url?.startsWith(`${context.extensionOrigin}/`)) return { kind: 'extension-page' };
  const origin = originOf(sender.url);
  const tabId = sender.tab?.id;
  // Top frame only: an iframe on a city page must not speak for the page.
  if (tabId === undefined || sender.frameId !== 0 || !origin) return undefined;
  return context.supportedOrigins.has(origin) ? { kind: 'content', tabId, origin } : undefined;
}

/** "http://127.0.0.1:4801/*" -> "http://127.0.0.1:4801"; undefined for wider patterns. */
export function originOfMatchPattern(pattern: string): string | undefined {
  const match = /^(https?:\/\/[^/*]+)\/\*$/.exec(pattern);
  return match?.[1];
}
