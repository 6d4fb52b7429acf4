import type { AuditEntry } from '@verwonder/shared';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { appendAudit, appendAuditEntries, type AuditEvent } from '../audit/audit-log.ts';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';

const describeEachEngine = await engineSuites();

const LIBRARY = {
  type: 'client',
  clientId: 'https://library.example/client.json',
  grantId: 'grant-library',
} as const;
const OLD_ENTRIES = 100_000;

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

/** The rows of audit_log a PostgreSQL plan's scans read (kept and filtered out), from EXPLAIN ANALYZE. */
function rowsOfAuditLog(node: PlanNode): number {
  const own =
    node['Relation Name'] === 'audit_log'
      ? ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) *
          (node['Actual Loops'] ?? 1) +
        (node['Rows Removed by Index Recheck'] ?? 0)
      : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsOfAuditLog(child), 0);
}

describeEachEngine('a pod with a long audit log on %s', (engine) => {
  let server: TestServer;
  let anna: TestClient;
  let libraryUsedAt: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    anna = await server.signUp('anna');
    // A long-used pod: 100,000 entries, every other one a read by the library's site, appended in
    // batches of 2,000 (one INSERT each) so the test stays a few seconds.
    const storage = server.vault.context.storage;
    const at = new Date(Date.now() - 86_400_000);
    for (let batch = 0; batch < OLD_ENTRIES / 2000; batch++) {
      await appendAuditEntries(
        storage,
        'anna',
        Array.from({ length: 2000 }, (_, i) => ({
          event: {
            actor: i % 2 === 0 ? LIBRARY : { type: 'owner' },
            action: 'records-listed',
            category: 'loans',
          } satisfies AuditEvent,
          at,
        })),
      );
    }
    // Today: the library reads a loan, then anna changes a setting.
    libraryUsedAt = (
      await appendAudit(storage, 'anna', {
        actor: LIBRARY,
        action: 'record-read',
        category: 'loans',
        recordIds: ['r-1'],
      })
    ).time;
    const changed = await anna.fetch('/pods/anna/retention/loans', {
      method: 'PUT',
      body: JSON.stringify({ days: 365 }),
    });
    expect(changed.status).toBe(200);
  }, 180_000);
  afterAll(async () => server?.dispose());

  const page = async (query: string) => {
    const response = await anna.fetch(`/pods/anna/audit?${query}`);
    expect(response.status, query).toBe(200);
    return ((await response.json()) as { entries: AuditEntry[] }).entries;
  };

  it('reads the log newest first and pages back, each entry linking to the one before (review finding: past 100,000 entries the audit page never shows new accesses)', async () => {
    const newest = await page('order=desc&limit=500');
    expect(newest).toHaveLength(500);
    expect(newest.slice(0, 2).map((entry) => entry.action)).toEqual([
      'retention-changed',
      'record-read',
    ]);
    // Back a page, as the page's "older" button does, and a page back at the start of the log.
    const older = await page(`order=desc&before=${newest.at(-1)!.seq}&limit=1000`);
    const first = await page('order=desc&before=1000&limit=1000');
    for (const [entries, from] of [
      [[...newest, ...older], OLD_ENTRIES + 1],
      [first, 999],
    ] as const) {
      expect(entries.map((entry) => entry.seq)).toEqual(entries.map((_, i) => from - i));
      // Each entry links to the one before it: the owner can check the chain on what they read.
      const unlinked = entries.filter(
        (entry, i) => i > 0 && entries[i - 1]!.prevHash !== entry.hash,
      );
      expect(unlinked).toEqual([]);
    }
    // Oldest first stays as it was (the export reads it so).
    expect((await page('after=-1&limit=1')).map((entry) => entry.seq)).toEqual([0]);
  }, 120_000);

  it("counts each site's uses over the whole log on the server (review finding: the connected-sites page counted only the first 100,000 entries)", async () => {
    const response = await anna.fetch('/pods/anna/audit/uses');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      uses: [
        {
          clientId: LIBRARY.clientId,
          grantId: LIBRARY.grantId,
          uses: OLD_ENTRIES / 2 + 1,
          lastUsedAt: libraryUsedAt,
        },
      ],
    });
  });

  it('refuses cursors that do not fit the order or a 32-bit seq with a 400 problem', async () => {
    for (const query of [
      'order=desc&before=3000000000',
      'order=desc&before=-1',
      'order=desc&after=5',
      'before=5',
      'order=newest',
    ]) {
      const response = await anna.fetch(`/pods/anna/audit?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { code: string }).code, query).toBe('invalid_input');
    }
    expect(await page(`order=desc&before=0`)).toEqual([]);
    expect((await page(`order=desc&before=${2 ** 31 - 1}&limit=1`))[0]!.action).toBe(
      'retention-changed',
    );
  });

  it('filters the log in the database by site, action, category and days, however far back (review finding: the audit page’s filters search only the entries loaded)', async () => {
    const site = encodeURIComponent(LIBRARY.clientId);
    const library = await page(`order=desc&limit=10&site=${site}`);
    expect(library).toHaveLength(10);
    expect(library.every((entry) => entry.actor.type === 'client')).toBe(true);
    expect(library[0]!.recordIds).toEqual(['r-1']);
    // Paged on within the filter, newest first.
    const next = await page(`order=desc&limit=10&site=${site}&before=${library.at(-1)!.seq}`);
    expect(next).toHaveLength(10);
    expect(next[0]!.seq).toBeLessThan(library.at(-1)!.seq);
    expect(next.every((entry) => entry.actor.type === 'client')).toBe(true);
    expect((await page('order=desc&action=retention-changed')).map((e) => e.action)).toEqual([
      'retention-changed',
    ]);
    const owner = await page('order=desc&limit=5&site=owner&action=records-listed');
    expect(owner).toHaveLength(5);
    expect(owner.every((e) => e.actor.type === 'owner' && e.action === 'records-listed')).toBe(
      true,
    );
    expect(await page('order=desc&category=tickets')).toEqual([]);
    // Days in UTC, both included: today holds the library's one read of today.
    const today = new Date().toISOString().slice(0, 10);
    expect((await page(`order=desc&site=${site}&from=${today}`)).map((e) => e.recordIds)).toEqual([
      ['r-1'],
    ]);
    expect(await page(`order=desc&site=${site}&to=2000-01-01`)).toEqual([]);
    expect(await page(`after=-1&limit=3&site=${site}&to=${today}`)).toHaveLength(3);
    for (const query of ['site=', 'from=2026-13-01', 'to=yesterday', 'action=nothing']) {
      const response = await anna.fetch(`/pods/anna/audit?order=desc&${query}`);
      expect(response.status, query).toBe(400);
    }
  });

  /**
   * The rows of audit_log the database reads for the audit statement `query` makes: on PostgreSQL
   * counted by EXPLAIN ANALYZE (rows kept and removed by the filter, on every scan of the table); on
   * SQLite, which counts nothing at run time, the plan's search of the table (its index and terms).
   */
  const readBy = async (query: string): Promise<number | string> => {
    const driver = server.vault.context.storage.driver;
    const asked: [string, readonly unknown[]][] = [];
    const all = driver.all.bind(driver);
    const spy = vi.spyOn(driver, 'all').mockImplementation((sql, params) => {
      if (/FROM audit_log WHERE/.test(sql)) asked.push([sql, params ?? []]);
      return all(sql, params);
    });
    try {
      await page(query);
    } finally {
      spy.mockRestore();
    }
    expect(asked, query).toHaveLength(1);
    const [sql, params] = asked[0]!;
    if (engine === 'sqlite') {
      const plan = await driver.all(`EXPLAIN QUERY PLAN ${sql}`, params as never);
      return plan.map((row) => String(row.detail)).join('; ');
    }
    const [row] = await driver.all(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params as never);
    const plan = row!['QUERY PLAN'];
    const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as [{ Plan: PlanNode }];
    return rowsOfAuditLog(parsed[0].Plan);
  };

  it('reads the entries a filter matches, not the pod’s whole log (review finding: owner audit filters scan the pod’s whole log when nothing matches)', async () => {
    // The statistics autovacuum keeps on PostgreSQL (SQLite chooses the index without them).
    if (engine === 'postgres')
      await server.vault.context.storage.driver.script('ANALYZE audit_log');
    const site = encodeURIComponent(LIBRARY.clientId);
    const museum = encodeURIComponent('https://museum.example/client.json');
    // Each filter matches none or one of the 100,002 entries; the index each reads by.
    const cases: [string, string][] = [
      ['order=desc&limit=500&category=tickets', 'audit_log_by_category'],
      ['order=desc&limit=500&action=record-deleted', 'audit_log_by_action'],
      ['order=desc&limit=500&action=retention-changed', 'audit_log_by_action'],
      [`order=desc&limit=500&site=${museum}`, 'audit_log_by_site'],
      ['order=desc&limit=500&site=system', 'audit_log_by_site'],
      [`after=-1&limit=500&category=tickets`, 'audit_log_by_category'],
    ];
    for (const [query, index] of cases) {
      const read = await readBy(query);
      if (typeof read === 'number') expect(read, query).toBeLessThanOrEqual(1);
      else
        expect(read, query).toMatch(new RegExp(`USING (COVERING )?INDEX ${index} \\(pod=\\? AND`));
    }
    // Days alone: PostgreSQL reads the time index when few entries fall in them (SQLite, without
    // samples of the times, reads the log newest first, as for days with many entries).
    if (engine === 'postgres') expect(await readBy('order=desc&limit=500&to=2000-01-01')).toBe(0);
    // Of two filters, the database reads by one: on PostgreSQL, which knows how many each matches,
    // by the one that matches less.
    const both = await readBy(`order=desc&limit=500&site=${site}&action=record-read`);
    if (typeof both === 'number') expect(both).toBeLessThanOrEqual(1);
    else expect(both).toMatch(/USING (COVERING )?INDEX audit_log_by_(site|action) \(pod=\? AND/);
    // What the filters find is as before.
    expect((await page('order=desc&action=retention-changed')).map((e) => e.action)).toEqual([
      'retention-changed',
    ]);
  });

  it('answers …/audit/uses from counts the database keeps with each append, not from the log (review finding: …/audit/uses reads the pod’s whole log each time)', async () => {
    const driver = server.vault.context.storage.driver;
    const statements: string[] = [];
    const all = driver.all.bind(driver);
    const spy = vi.spyOn(driver, 'all').mockImplementation((sql, params) => {
      statements.push(sql);
      return all(sql, params);
    });
    try {
      const before = (await (await anna.fetch('/pods/anna/audit/uses')).json()) as {
        uses: { uses: number }[];
      };
      expect(before.uses[0]!.uses).toBe(OLD_ENTRIES / 2 + 1);
      expect(statements.filter((sql) => /\baudit_log\b/.test(sql))).toEqual([]);
      // An append by any process (here straight into the database) counts at the next request:
      // nothing is kept in this process's memory.
      const { time } = await appendAudit(server.vault.context.storage, 'anna', {
        actor: { ...LIBRARY },
        action: 'record-read',
        category: 'loans',
        recordIds: ['r-2'],
      });
      expect(await (await anna.fetch('/pods/anna/audit/uses')).json()).toEqual({
        uses: [
          {
            clientId: LIBRARY.clientId,
            grantId: LIBRARY.grantId,
            uses: OLD_ENTRIES / 2 + 2,
            lastUsedAt: time,
          },
        ],
      });
    } finally {
      spy.mockRestore();
    }
  });
});
