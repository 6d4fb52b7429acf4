/**
 * `npm run bench:scale`: what 525,000 residents cost. Creates SCALE_PODS pods of SCALE_RECORDS
 * records each (the demo personas' loans, tickets and A-kaart visits, sealed as the vault seals
 * them) in a fresh PostgreSQL schema, then measures rows and bytes per pod, write cost per pod, the
 * time to rebuild one person's DNA, and record reads/s over HTTP from one and from two real vault
 * processes on the same database. Extrapolates linearly to 525,000 pods; drops the schema after.
 *
 * Environment: SCALE_PODS (default 2000), SCALE_RECORDS (30), SCALE_WRITERS (8 concurrent pods),
 * SCALE_READ_SECONDS (6 per run), SCALE_CONNECTIONS (16), TEST_DATABASE_URL, SCALE_PROFILE=<dir> (CPU
 * profiles of the vault processes), SCALE_TSX=1 (the vaults under tsx instead of compiled).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CulturalRecord, DATA_CATEGORY_IDS } from '@verwonder/shared';
import { catalogData } from '@verwonder/shared/catalog-data';
import { CityEvent } from '@verwonder/shared/wire/city-event.ts';
import { pino } from 'pino';
import { appendAudit } from '../src/audit/audit-log.ts';
import { sha256, SESSION_COOKIE } from '../src/auth/sessions.ts';
import { loadConfig } from '../src/config/vault-config.ts';
import { dnaProfile } from '../src/oauth/access/dna-profile.ts';
import { openVault } from '../src/open-vault.ts';
import { insertRecord } from '../src/resources/record-service.ts';
import { isPastRetention, retentionCutOffs } from '../src/resources/retention-cut-off.ts';
import { createTestTarget } from '../src/storage/testing/test-engines.ts';
import { demoCityEvents } from '../src/streams/demo-city-events.ts';
import { eventToRecord } from '../src/streams/event-to-record.ts';
import { loadGenerator } from './load/http-load.ts';
import { measureReads, type ReadTarget } from './scale-reads.ts';

const RESIDENTS = 525_000;
const PODS = Number(process.env.SCALE_PODS ?? 2000);
const RECORDS = Number(process.env.SCALE_RECORDS ?? 30);
const WRITERS = Number(process.env.SCALE_WRITERS ?? 8);
const DNA_SAMPLE = 100;
const READ_PODS = 200;

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const bytes = (n: number): string =>
  n >= 1e12
    ? `${fmt(n / 1e12, 2)} TB`
    : n >= 1e9
      ? `${fmt(n / 1e9, 1)} GB`
      : n >= 1e6
        ? `${fmt(n / 1e6, 1)} MB`
        : `${fmt(n / 1e3, 1)} kB`;
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const started = performance.now();
  console.log(
    `scale benchmark: ${fmt(PODS)} pods × ${RECORDS} records on PostgreSQL, ${WRITERS} concurrent writers; ` +
      `${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at start, HTTP load by ${loadGenerator()}`,
  );
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-scale-'));
  const masterKeyFile = path.join(dataDir, 'master.key');
  const { target, cleanup } = await createTestTarget('postgres');
  if (target.engine !== 'postgres' || !target.schema) throw new Error('PostgreSQL target expected');
  const config = loadConfig({}, { dataDir, masterKeyFile, logLevel: 'silent' });
  const ctx = await openVault(config, { target, logger: pino({ level: 'silent' }) });
  try {
    // Each pod gets RECORDS events of one persona (cycled), as the city stream would deliver them.
    const catalog = catalogData();
    const perPersona = catalog
      .personas()
      .map((persona) =>
        demoCityEvents(catalog, [persona]).map((e) => eventToRecord(CityEvent.parse(e))),
      );
    const podName = (i: number) => `resident-${String(i).padStart(6, '0')}`;

    // --- writes: account, then one transaction with the records and their audit entry ---
    const writeStart = performance.now();
    let nextPod = 0;
    const writer = async () => {
      while (nextPod < PODS) {
        const i = nextPod++;
        const pod = podName(i);
        await ctx.storage.accounts.create({
          id: `acc-${pod}`,
          podName: pod,
          displayName: pod,
          userHandle: randomBytes(16).toString('base64url'),
          createdAt: new Date().toISOString(),
        });
        const source = perPersona[i % perPersona.length]!;
        await ctx.storage.transaction(async (tx) => {
          const ids: string[] = [];
          for (let r = 0; r < RECORDS; r++) {
            const record = source[(r + i) % source.length]!;
            ids.push((await insertRecord(ctx, tx, pod, record, `bench:${r}`)).record.id);
          }
          await appendAudit(tx, pod, {
            actor: { type: 'owner' },
            action: 'records-imported',
            recordIds: ids,
          });
        });
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));
    const writeSeconds = (performance.now() - writeStart) / 1000;

    // --- size: rows and bytes (tables with their indexes and TOAST) of the whole schema ---
    await ctx.storage.driver.run('ANALYZE');
    const sizes = await ctx.storage.driver.all(
      `SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes, c.reltuples AS estimate
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 2 DESC`,
    );
    let totalBytes = 0;
    const tables: { name: string; rows: number; bytes: number }[] = [];
    for (const row of sizes) {
      const name = String(row.name);
      const [{ n }] = (await ctx.storage.driver.all(`SELECT COUNT(*) AS n FROM ${name}`)) as [
        { n: unknown },
      ];
      tables.push({ name, rows: Number(n), bytes: Number(row.bytes) });
      totalBytes += Number(row.bytes);
    }
    const totalRows = tables.reduce((sum, t) => sum + t.rows, 0);

    // --- one person's DNA rebuilt from their pod: read every record, decrypt, derive ---
    const dnaMs: number[] = [];
    for (let k = 0; k < DNA_SAMPLE; k++) {
      const pod = podName(Math.floor((k * PODS) / DNA_SAMPLE));
      const t0 = performance.now();
      const records: CulturalRecord[] = [];
      for (const category of DATA_CATEGORY_IDS) {
        for (const row of await ctx.storage.records.list(pod, category, { limit: 10_000 }))
          records.push(CulturalRecord.parse(await ctx.sealer.open(ctx.storage, row)));
      }
      dnaProfile(records);
      dnaMs.push(performance.now() - t0);
    }

    // --- reads over HTTP: sessions for READ_PODS pods, record URLs to GET ---
    const targets: ReadTarget[] = [];
    for (let k = 0; k < READ_PODS; k++) {
      const pod = podName(Math.floor((k * PODS) / READ_PODS));
      const value = randomBytes(32).toString('base64url');
      await ctx.storage.sessions.create({
        idHash: sha256(value),
        accountId: `acc-${pod}`,
        csrfToken: randomBytes(16).toString('base64url'),
        createdAt: new Date().toISOString(),
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        revokedAt: null,
      });
      // Records the pod's retention keeps: a read of one past it answers 404, as after a purge.
      const cutOffs = await retentionCutOffs(ctx.storage, pod);
      for (const category of ['loans', 'tickets', 'visits'] as const) {
        const kept = (await ctx.storage.records.list(pod, category, { limit: 1_000 })).filter(
          (row) => !isPastRetention(row.time, cutOffs[category]),
        );
        for (const row of kept.slice(-3))
          targets.push({
            path: `/pods/${pod}/${category}/${row.id}`,
            cookie: `${SESSION_COOKIE}=${value}`,
          });
      }
    }
    const reads = await measureReads(
      [
        process.env.TEST_DATABASE_URL ?? 'postgres://127.0.0.1:5432/test',
        target.schema,
        masterKeyFile,
        dataDir,
      ],
      targets,
    );

    // --- report ---
    const podsPerSecond = PODS / writeSeconds;
    const bytesPerPod = totalBytes / PODS;
    const rowsPerPod = totalRows / PODS;
    const dna = median(dnaMs);
    const readGain = reads.two.requestsPerSecond / reads.one.requestsPerSecond;
    const readLoad = os.loadavg()[0]!.toFixed(1);
    const cores = os.cpus().length;
    const machine = (m: typeof reads.one): string =>
      `machine ${fmt(m.machineBusy * 100)} % busy, PostgreSQL ${fmt(m.postgresCores, 2)} of ${cores} cores`;
    // Work per read is about constant, so with one process the machine's idle share bounds what a
    // second can add: at most 1 / busy times the reads.
    const ceiling = reads.one.machineBusy > 0 ? 1 / reads.one.machineBusy : Infinity;
    console.log(
      '\n| measure | sample | per pod | × 525,000 residents |\n| --- | --- | --- | --- |',
    );
    console.log(
      `| rows (all tables) | ${fmt(totalRows)} | ${fmt(rowsPerPod, 1)} | ${fmt(rowsPerPod * RESIDENTS)} |`,
    );
    console.log(
      `| bytes (pg_total_relation_size) | ${bytes(totalBytes)} | ${fmt(bytesPerPod / 1024, 1)} KiB | ${bytes(bytesPerPod * RESIDENTS)} |`,
    );
    console.log(
      `| write (account + ${RECORDS} sealed records + audit, ${WRITERS} writers) | ${fmt(writeSeconds, 1)} s, ${fmt(podsPerSecond, 1)} pods/s, ${fmt(podsPerSecond * RECORDS)} records/s | ${fmt(1000 / podsPerSecond, 1)} ms wall | ${fmt(RESIDENTS / podsPerSecond / 3600, 1)} h to load |`,
    );
    console.log(
      `| DNA rebuild of one person (read + decrypt ${RECORDS} records + derive) | median of ${DNA_SAMPLE} | ${fmt(dna, 1)} ms | ${fmt((dna * RESIDENTS) / 3_600_000, 1)} h CPU for everyone, one at a time |`,
    );
    console.log(
      `| record GET over HTTP, 1 vault process | ${fmt(reads.one.requestsPerSecond)} req/s | ${fmt(reads.one.cpuMicrosPerRequest)} µs vault CPU/read | ${fmt(reads.one.failed)} answers not 200; ${machine(reads.one)} |`,
    );
    console.log(
      `| record GET over HTTP, 2 vault processes | ${fmt(reads.two.requestsPerSecond)} req/s (×${fmt(readGain, 2)}) | ${fmt(reads.two.cpuMicrosPerRequest)} µs vault CPU/read | ${fmt(reads.two.failed)} answers not 200; ${machine(reads.two)} |`,
    );
    console.log('\n| table | rows | bytes | bytes per pod |\n| --- | --- | --- | --- |');
    for (const t of tables.filter((t) => t.bytes > 0 && t.rows > 0))
      console.log(`| ${t.name} | ${fmt(t.rows)} | ${bytes(t.bytes)} | ${fmt(t.bytes / PODS)} |`);
    console.log(
      `\nExtrapolation (linear; every per-pod query is an index lookup on (pod, …), so per-pod cost grows only with index depth):\n` +
        `  total = per-pod × 525,000, per-pod = sample / ${fmt(PODS)} pods; load time = 525,000 / pods-per-second.\n` +
        `  Reads (vaults ${reads.servers === 'compiled' ? 'compiled, NODE_ENV=production' : 'under tsx'}): two processes on one PostgreSQL gave ×${fmt(readGain, 2)} (target ≥ 1.6) on ${cores} cores shared with PostgreSQL and the load generator (load average ${readLoad} after the reads).\n` +
        `  With one process the machine was ${fmt(reads.one.machineBusy * 100)} % busy, so a second could add at most ×${fmt(ceiling, 2)} here (ceiling = 1 / busy share, the work per read being constant).`,
    );
    console.log(`\ntotal run ${fmt((performance.now() - started) / 1000, 0)} s`);
  } finally {
    await ctx.storage.close();
    await cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
