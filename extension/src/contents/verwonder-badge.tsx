/**
 * Plasmo content-script UI on the supported city sites: mounts <Badge> in a CLOSED shadow root on a
 * host element `<plasmo-csui id="verwonder-badge" data-verwonder="…">` that tests can find.
 */
import type {
  PlasmoCSConfig,
  PlasmoCreateShadowRoot,
  PlasmoGetShadowHostId,
  PlasmoGetStyle,
} from 'plasmo';

import { BADGE_CSS } from '../badge/badge-style.ts';
import { BADGE_HOST_ID, BADGE_STATE_ATTRIBUTE } from '../badge/badge-state.ts';
import { Badge } from '../badge/badge.tsx';

// Plasmo reads this object literally from the source, so it cannot import plasmo.config.ts;
// test/extension-manifest.test.ts checks that it equals `supportedSites` there.
export const config: PlasmoCSConfig = {
  matches: [
    'http://127.0.0.1:4801/*',
    'http://127.0.0.1:4802/*',
    'http://127.0.0.1:4803/*',
    'http://localhost:4801/*',
    'http://localhost:4802/*',
    'http://localhost:4803/*',
  ],
  run_at: 'document_idle',
};

export const getShadowHostId: PlasmoGetShadowHostId = () => BADGE_HOST_ID;

// Closed, so page scripts cannot read or alter what the extension shows.
export const createShadowRoot: PlasmoCreateShadowRoot = (host) => {
  host.setAttribute(BADGE_STATE_ATTRIBUTE, 'starting');
  return host.attachShadow({ mode: 'closed' });
};

export const getStyle: PlasmoGetStyle = () => {
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  return style;
};

export default Badge;
