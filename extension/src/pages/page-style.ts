/** Inline styles shared by the popup and the options page (no CSS files: Plasmo pages stay simple). */
export const PAGE_STYLE = {
  padding: 16,
  font: '14px/1.45 system-ui, sans-serif',
  color: '#1d1d1b',
} as const;
export const FIELDSET_STYLE = {
  border: '1px solid #ccc',
  borderRadius: 6,
  margin: '0 0 12px',
  padding: '8px 12px',
} as const;
export const ROW_STYLE = { display: 'block', margin: '4px 0' } as const;
