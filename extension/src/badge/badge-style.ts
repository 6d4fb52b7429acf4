/**
 * Styles of the badge, inside its closed shadow root. `all: initial` cuts every inherited page style;
 * `!important` on :host wins over page rules aimed at the host (the inner context wins for
 * important declarations), so a page cannot hide or restyle the badge by accident.
 */
export const BADGE_CSS = `
:host {
  all: initial !important;
}
.badge {
  all: initial;
  position: fixed;
  right: 16px;
  bottom: 16px;
  z-index: 2147483647;
  display: inline-flex;
  align-items: center;
  gap: 8px;
  padding: 8px 14px;
  border-radius: 999px;
  background: #c8102e;
  color: #ffffff;
  font: 600 14px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  box-shadow: 0 2px 10px rgba(0, 0, 0, 0.3);
}
.dot {
  all: initial;
  width: 10px;
  height: 10px;
  border-radius: 50%;
  background: #ffc425;
}
`;
