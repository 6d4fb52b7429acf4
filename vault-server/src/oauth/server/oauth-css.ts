import { createHash } from 'node:crypto';

/** Styles of the consent and connections pages, on top of the vault's /static/vault.css. */
export const OAUTH_CSS = `
.lead { font-size: 1.15rem; font-weight: 600; }
.client-logo { float: right; margin: 0 0 1rem 1rem; border-radius: 8px; }
.client-facts { list-style: none; padding: 0; color: #444; }
fieldset { border: 1px solid #bbb; border-radius: 6px; margin: 1rem 0; padding: 0.5rem 1rem 1rem; }
legend { font-weight: 700; padding: 0 0.3rem; }
.scopes { list-style: none; padding: 0; margin: 0; }
.scopes > li { padding: 0.6rem 0; border-bottom: 1px solid #ddd; }
label.inline { display: inline; margin: 0 0 0 0.4rem; }
input[type="checkbox"] { min-width: 0; width: 1.1rem; height: 1.1rem; vertical-align: middle; }
.hint { color: #4a4a4a; margin: 0.2rem 0 0; font-size: 0.95rem; }
.rank-categories { margin: 0.5rem 0 0 1.5rem; }
.error { color: #b3261e; font-weight: 600; }
.grants { list-style: none; padding: 0; }
.grant { border: 1px solid #ccc; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; background: #fff; }
.grant h2 { margin: 0.2rem 0; font-size: 1.2rem; }
`;

export const OAUTH_CSS_PATH = `/oauth/static/oauth-${createHash('sha256').update(OAUTH_CSS).digest('hex').slice(0, 8)}.css`;
