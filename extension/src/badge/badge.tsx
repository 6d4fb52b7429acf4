import { useEffect, useRef, useState } from 'react';

import { messagesFor } from '../i18n/messages.ts';
import { pingBackground } from '../messaging/ping-background.ts';
import { BADGE_STATE_ATTRIBUTE, type BadgeState } from './badge-state.ts';

/** The shadow host of the element (the root is closed, but reachable from inside). */
function shadowHostOf(element: Element): Element | undefined {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
}

/**
 * "Verwonder actief": shown once the background worker answers, so the badge proves the whole
 * extension runs. Its language follows the page's `lang` (the city sites are Dutch).
 */
export function Badge() {
  const anchor = useRef<HTMLSpanElement>(null);
  const [state, setState] = useState<BadgeState>('starting');

  useEffect(() => {
    let cancelled = false;
    pingBackground().then(
      () => !cancelled && setState('active'),
      (error: unknown) => {
        console.warn('Verwonder: background worker did not answer', error);
        if (!cancelled) setState('unavailable');
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    const host = anchor.current && shadowHostOf(anchor.current);
    host?.setAttribute(BADGE_STATE_ATTRIBUTE, state);
  }, [state]);

  const messages = messagesFor(document.documentElement.lang);
  return (
    <span ref={anchor}>
      {state === 'active' && (
        <span className="badge" role="status" aria-label={messages.badgeLabel}>
          <span className="dot" aria-hidden="true" />
          {messages.badgeActive}
        </span>
      )}
    </span>
  );
}
