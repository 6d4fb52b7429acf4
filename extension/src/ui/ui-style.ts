/**
 * Styles of every injected element, inside closed shadow roots. `all: initial !important` on :host
 * beats page rules aimed at the host (for important declarations the shadow context wins), and
 * `all: initial` on each element cuts inherited page styles. Motion only without reduced motion.
 */
export const UI_CSS = `
:host { all: initial !important; display: block !important; margin: 0 0 8px !important; }
:host([data-verwonder="zone"]) { margin: 0 0 16px !important; }
* { all: initial; box-sizing: border-box; font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1d1d1b; }
style { display: none; }
/* All shown text: generated content, which the page's window.find() does not search (unfindable-text.ts). */
[data-text]::before { content: attr(data-text); }
.wrap { display: block; }
.wrap[data-obscured] { visibility: hidden; }
.mark { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.pill { display: inline-grid; padding: 2px 10px; border-radius: 999px; background: #c8102e; color: #fff; font-weight: 700; }
.pill.surprise { background: #5b2a86; }
.pill.baseline { background: #44546a; }
.pill-label { display: block; grid-area: 1 / 1; text-align: center; color: #fff; font-weight: 700; }
.pill-spacer { visibility: hidden; }
.note { display: inline; font-size: 12px; color: #555; }
.notes { display: inline-grid; }
.notes > .note { display: block; grid-area: 1 / 1; }
.note-spacer { visibility: hidden; }
button { display: inline-block; cursor: pointer; padding: 2px 8px; border: 1px solid #1d1d1b; border-radius: 4px; background: #fff; font-size: 13px; }
button:hover { background: #f2f2f2; }
button:focus-visible, a:focus-visible { outline: 3px solid #0057b8; outline-offset: 2px; }
/* One size, whatever it says: its content (the person's records) must not change the host's box. */
.panel { display: block; width: 100%; height: 13em; overflow: auto; contain: size; margin-top: 6px; padding: 8px 10px; border-left: 4px solid #c8102e; background: #fff8e6; }
.panel[hidden] { display: none; }
p, li { display: block; margin: 0 0 4px; }
ul, ol { display: block; margin: 4px 0; padding: 0 0 0 18px; }
li { display: list-item; }
ul > li { list-style: disc; }
ol > li { list-style: decimal; margin-bottom: 8px; }
strong { font-weight: 700; }
a { color: #0057b8; text-decoration: underline; cursor: pointer; font-weight: 600; }
.zone { display: block; padding: 12px 16px; border: 2px solid #c8102e; border-radius: 8px; background: #fff; }
.zone h2 { display: block; margin: 0 0 4px; font-size: 17px; font-weight: 700; }
.stop { margin-left: 6px; }
.zone-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; }
.assist { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 8px 10px; border: 2px solid #c8102e; border-radius: 8px; background: #fff; }
button[disabled] { opacity: 0.6; cursor: default; }
.feedback { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0 4px; }
/* Empty until something is said (no height then); a live region from the start, so it is read out. */
.feedback-status { display: block; flex-basis: 100%; font-size: 12px; }
.feedback-status[data-state] { margin-top: 2px; }
.feedback-status[data-state="failed"] { color: #a4001d; font-weight: 700; }
.feedback-button[aria-pressed="true"] { background: #1d1d1b; color: #fff; }
@media (prefers-reduced-motion: no-preference) {
  .panel { animation: verwonder-open 160ms ease-out; }
  @keyframes verwonder-open { from { opacity: 0; transform: translateY(-4px); } to { opacity: 1; transform: none; } }
}
`;
