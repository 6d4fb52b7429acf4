import { startCitySites, type CitySites } from '../index.ts';
import type { SiteCatalog } from '../catalog/site-catalog.ts';
import { testCatalog, testNow } from './test-catalog.ts';

export interface TestSites {
  sites: CitySites;
  catalog: SiteCatalog;
  now: Date;
  get(url: string): Promise<{ status: number; body: string; headers: Headers }>;
}

/** Starts all three sites on free ports with the test catalogue and a pinned clock. */
export async function startTestSites(): Promise<TestSites> {
  const catalog = testCatalog();
  const now = testNow();
  const sites = await startCitySites({
    ports: { library: 0, agenda: 0, museum: 0 },
    catalog,
    now: () => now,
  });
  return {
    sites,
    catalog,
    now,
    async get(url) {
      const res = await fetch(url);
      return { status: res.status, body: await res.text(), headers: res.headers };
    },
  };
}
