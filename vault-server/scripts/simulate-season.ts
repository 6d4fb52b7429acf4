/**
 * `npm run simulate`: a season of suggestions, simulated. Synthetic people drawn from the goodbooks
 * users (default 1,000) live through twelve weeks of suggestions from the real re-ranker, with a
 * stable 10 % of slots given to the popularity baseline; what they click and borrow is modelled from
 * their own held-out ratings. Everything goes through a real vault (SQLite, encrypted records,
 * audit), each person's opted-in weekly Prio3 report through the real aggregators, and the collector
 * publishes each week's sums. Prints the published figures against the true ones, the error that
 * differential-privacy noise would cost at several epsilons, and wonder against the baseline.
 *
 *   npm run simulate -- [--people 1000] [--weeks 12] [--baseline-share 0.1] [--min-batch 100]
 *                       [--epsilons 0.5,1,2] [--seed 7] [--data ../shared/data] [--json out.json]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { CulturalRecord } from '@verwonder/shared';
import { loadGoodbooks } from '@verwonder/shared/eval/data/load-goodbooks.ts';
import { OWNER } from '../src/audit/audit-log.ts';
import { attribute, weekFigures } from '../src/insight/attribution.ts';
import { discreteLaplace } from '../src/insight/collector/discrete-laplace.ts';
import { dashboardRows } from '../src/insight/collector/dashboard-rows.ts';
import { MAX_ENTRY, toVector, VECTOR_LENGTH } from '../src/insight/figures-layout.ts';
import { entryMax } from '../src/insight/figures-measurement.ts';
import { isoWeek } from '../src/insight/iso-week.ts';
import { seededRandom } from '../src/insight/testing/synthetic-figures.ts';
import { seasonPeople } from '../src/insight/simulate/season-people.ts';
import { seasonWeek, SLOTS_PER_WEEK } from '../src/insight/simulate/season-week.ts';
import { startInsight } from '../src/insight/start-insight.ts';
import { VAULT_INSIGHT_MIGRATIONS } from '../src/insight/storage/insight-migrations.ts';
import { insightSettingsStore } from '../src/insight/vault/insight-settings-store.ts';
import { submitWeekReport } from '../src/insight/vault/submit-report.ts';
import { insightUploadKey } from '../src/insight/vault/upload-key.ts';
import { createRecord } from '../src/resources/record-service.ts';
import { migrate } from '../src/storage/migrate.ts';
import { startVault } from '../src/start-vault.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000' },
    weeks: { type: 'string', default: '12' },
    'baseline-share': { type: 'string', default: '0.1' },
    'min-batch': { type: 'string', default: '100' },
    epsilons: { type: 'string', default: '0.5,1,2' },
    seed: { type: 'string', default: '7' },
    data: {
      type: 'string',
      default: process.env.VERWONDER_DATA_DIR ?? path.resolve(here, '../../../shared/data'),
    },
    json: { type: 'string' },
  },
});
const people = Number(values.people);
const weeks = Number(values.weeks);
const baselineShare = Number(values['baseline-share']);
const minBatch = Number(values['min-batch']);
const epsilons = String(values.epsilons).split(',').filter(Boolean).map(Number);
const seed = Number(values.seed);
const started = performance.now();
const progress = (message: string) =>
  process.stderr.write(
    `[${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${message}\n`,
  );

const goodbooks = path.join(String(values.data), 'goodbooks-sample');
if (!fs.existsSync(goodbooks)) {
  process.stderr.write(
    `goodbooks-sample not found under ${String(values.data)}; pass --data DIR\n`,
  );
  process.exit(2);
}
progress(
  `loading goodbooks and ranking for ${people} people (the product ranking call, a collaborative model from their training parts)`,
);
const ds = loadGoodbooks(goodbooks);
const cast = seasonPeople(ds, people, weeks * SLOTS_PER_WEEK + 10, seed);
if (cast.length < people) progress(`only ${cast.length} goodbooks users have a held-out part`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verwonder-season-'));
const silent = pino({ level: 'silent' });
const insight = await startInsight({
  env: {},
  ports: { leader: 0, helper: 0, collector: 0 },
  dataDir: path.join(dir, 'insight'),
  minBatch,
  epsilon: null,
  collectIntervalSeconds: 0,
  // The season is simulated in a few minutes: each week is collected right after it is sent, as if
  // its reporting window had closed.
  now: () => new Date('2100-01-01T00:00:00Z'),
  logger: silent,
});
const client = { leaderUrl: insight.leader.url, helperUrl: insight.helper.url };
const vault = await startVault({
  env: {},
  config: {
    port: 0,
    dataDir: dir,
    masterKeyFile: path.join(dir, 'master.key'),
    sqliteFile: path.join(dir, 'vault.sqlite'),
    purgeIntervalMinutes: 0,
  },
  storage: { engine: 'sqlite', file: path.join(dir, 'vault.sqlite') },
  logger: silent,
});
// The vault's insight tables, as insightRoutes would migrate them (reports go in-process here).
const ctx = vault.context;
await migrate(ctx.storage.driver, VAULT_INSIGHT_MIGRATIONS, 'insight_schema_migrations');
const settings = insightSettingsStore(ctx.storage.driver);
// The aggregators accept this vault's signed uploads (the operator's step).
await insight.trustVault('simulation', (await insightUploadKey(ctx)).publicJwk);

try {
  for (const person of cast) {
    const pod = `sim-${person.user}`;
    await ctx.storage.accounts.create({
      id: `acc-${pod}`,
      podName: pod,
      displayName: pod,
      userHandle: pod,
      createdAt: new Date().toISOString(),
    });
    await settings.setOptIn(pod, true);
  }
  const season = Date.UTC(2026, 8, 7); // Monday 7 September 2026
  const random = seededRandom(seed);
  const used = new Map(cast.map((p) => [p.user, new Set<number>()]));
  const local = new Map(cast.map((p) => [p.user, [] as CulturalRecord[]]));
  const truth = new Map<string, number[]>();
  const options = {
    baselineShare,
    seed,
    title: (item: number) => ds.itemTitles[item]?.slice(0, 500) || `book ${ds.itemIds[item]}`,
    itemId: (item: number) => `book-gb-${ds.itemIds[item]}`,
  };
  for (let w = 0; w < weeks; w++) {
    const start = new Date(season + w * 7 * 86_400_000);
    const week = isoWeek(start);
    const sum = new Array<number>(VECTOR_LENGTH).fill(0);
    for (const [index, person] of cast.entries()) {
      const pod = `sim-${person.user}`;
      const records = seasonWeek(person, w, start, options, random, used.get(person.user)!);
      const mine = local.get(person.user)!;
      for (const record of records) {
        const { record: stored } = await createRecord(ctx, pod, record.category, record, {
          actor: OWNER,
        });
        mine.push(CulturalRecord.parse(stored));
      }
      toVector(weekFigures(attribute(mine), week)).forEach((value, i) => (sum[i]! += value));
      await submitWeekReport(ctx, pod, week, client);
      if ((index + 1) % 100 === 0 || index + 1 === cast.length)
        progress(`week ${w + 1}/${weeks} (${week}): ${index + 1}/${cast.length} people reported`);
    }
    truth.set(week, sum);
    const published = await insight.collector.service.collectReady();
    progress(
      `week ${week}: published ${published.join(', ') || 'nothing (batch below the minimum)'}`,
    );
  }

  const published = await insight.collector.service.store.all();
  const exact = published.every(
    (entry) => JSON.stringify(entry.figures) === JSON.stringify(truth.get(entry.batch)),
  );
  const rows = dashboardRows(published, minBatch).filter(
    (r) => r.institution === 'library' && r.medium === 'all',
  );
  const trueRows = dashboardRows(
    published.map((p) => ({ ...p, figures: truth.get(p.batch)! })),
    minBatch,
  ).filter((r) => r.institution === 'library' && r.medium === 'all');
  const pct = (x: number | null) =>
    x === null ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`;
  const lines: string[] = [];
  lines.push(
    `Season: ${cast.length} people, ${weeks} weeks, ${SLOTS_PER_WEEK} slots a week, baseline share ${baselineShare}, minimum batch ${minBatch}`,
  );
  lines.push(`Published sums equal the true sums in every published week: ${exact ? 'yes' : 'NO'}`);
  lines.push('');
  lines.push(
    'week      people  accept wonder  accept baseline  convert wonder  convert baseline  surprise share  feedback',
  );
  for (const [i, r] of rows.entries()) {
    const t = trueRows[i]!;
    lines.push(
      `${r.week}  ${String(r.reports).padStart(6)}  ${pct(r.acceptanceWonder)} (${pct(t.acceptanceWonder)})  ${pct(r.acceptanceBaseline)} (${pct(t.acceptanceBaseline)})  ${pct(r.conversionWonder)}  ${pct(r.conversionBaseline)}  ${pct(r.surpriseRate)}  ${r.feedbackMean === null ? '–' : r.feedbackMean.toFixed(2)}`,
    );
  }
  const total = (key: 'wonder' | 'baseline', metric: 'impressions' | 'clicks' | 'conversions') =>
    rows.reduce((s, r) => s + (r[key]?.[metric] ?? 0), 0);
  lines.push('');
  lines.push(
    `Wonder vs baseline over the season: acceptance ${pct(total('wonder', 'clicks') / total('wonder', 'impressions'))} vs ${pct(total('baseline', 'clicks') / total('baseline', 'impressions'))}, ` +
      `conversion ${pct(total('wonder', 'conversions') / total('wonder', 'impressions'))} vs ${pct(total('baseline', 'conversions') / total('baseline', 'impressions'))} ` +
      `(${total('wonder', 'impressions')} wonder and ${total('baseline', 'impressions')} baseline impressions)`,
  );
  lines.push('');
  lines.push(
    `The cost of privacy: discrete Laplace noise (sensitivity ${MAX_ENTRY} per figure, 1 per count of people) on the published sums, 200 draws per epsilon`,
  );
  lines.push(
    'epsilon  mean |error| per count  mean |error| acceptance wonder  mean |error| acceptance baseline',
  );
  const costs: Record<string, unknown>[] = [];
  for (const epsilon of epsilons) {
    let count = 0;
    let countError = 0;
    let wonderError = 0;
    let baselineError = 0;
    let rates = 0;
    for (let draw = 0; draw < 200; draw++) {
      const noisy = published.map((p) => ({
        ...p,
        figures: p.figures.map((v, j) => Math.max(0, v + discreteLaplace(epsilon, entryMax(j)))),
      }));
      noisy.forEach((p, i) =>
        p.figures.forEach(
          (v, j) => ((countError += Math.abs(v - published[i]!.figures[j]!)), count++),
        ),
      );
      const noisyRows = dashboardRows(noisy, minBatch).filter(
        (r) => r.institution === 'library' && r.medium === 'all',
      );
      noisyRows.forEach((r, i) => {
        wonderError += Math.abs((r.acceptanceWonder ?? 0) - (rows[i]!.acceptanceWonder ?? 0));
        baselineError += Math.abs((r.acceptanceBaseline ?? 0) - (rows[i]!.acceptanceBaseline ?? 0));
        rates++;
      });
    }
    const cost = {
      epsilon,
      countError: countError / count,
      acceptanceWonderError: wonderError / rates,
      acceptanceBaselineError: baselineError / rates,
    };
    costs.push(cost);
    lines.push(
      `${String(epsilon).padStart(7)}  ${cost.countError.toFixed(1).padStart(22)}  ${pct(cost.acceptanceWonderError).padStart(32)}  ${pct(cost.acceptanceBaselineError).padStart(34)}`,
    );
  }
  lines.push('');
  lines.push(`Wall time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (values.json)
    fs.writeFileSync(
      String(values.json),
      JSON.stringify(
        { people: cast.length, weeks, baselineShare, minBatch, exact, rows, trueRows, costs },
        null,
        2,
      ),
    );
} finally {
  await vault.close();
  await insight.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
