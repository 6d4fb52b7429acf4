import type { Page } from 'playwright-core';

/** Collects what would tell a person something broke: console errors, page errors, 4xx/5xx answers. */
export function watchForProblems(page: Page, problems: string[]): void {
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
}
