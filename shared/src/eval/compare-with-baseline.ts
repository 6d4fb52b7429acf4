import { perUserMetrics, type EvalContext, type MetricKey, type MetricRow } from './evaluate.ts';
import {
  coverageOver,
  meanOver,
  pairedBootstrapRatio,
  type RatioInterval,
} from './paired-bootstrap.ts';

/** The metrics with a target or a claim, compared as ratios with paired bootstrap intervals. */
export const COMPARED = [
  'ndcg',
  'serendipity',
  'ild',
  'ild_cooc',
  'coverage',
  'surprise',
  'novelty',
] as const;
export type Compared = (typeof COMPARED)[number];

export interface Comparison {
  method: string;
  baseline: string;
  ratios: Record<Compared, RatioInterval>;
  /**
   * Against each re-ranker grid family, the setting whose NDCG is closest to the method's while
   * at least as high (or the best NDCG of the family if none is), and the method's ratios to it.
   */
  atEqualNdcg: {
    family: string;
    setting: string;
    ndcg: number;
    ild: number;
    coverage: number;
    surprise: number;
  }[];
}

interface Lists {
  name: string;
  lists: readonly Int32Array[];
}

export function compareWithBaseline(
  ctx: EvalContext,
  method: Lists,
  baseline: Lists,
  grid: readonly { row: MetricRow; lists: readonly Int32Array[] }[],
  seed: number,
): Comparison {
  const k = ctx.k;
  const a = perUserMetrics(ctx, method.lists);
  const b = perUserMetrics(ctx, baseline.lists);
  const userLists = (l: Lists) => ctx.users.map((u) => l.lists[u] as Int32Array);
  const coverA = coverageOver(userLists(method), ctx.ds.itemCount, k);
  const coverB = coverageOver(userLists(baseline), ctx.ds.itemCount, k);
  const ratios = Object.fromEntries(
    COMPARED.map((m) => [
      m,
      pairedBootstrapRatio(
        ctx.users.length,
        m === 'coverage'
          ? (d, x) => (x === 0 ? coverA(d) : coverB(d))
          : (d, x) => meanOver(x === 0 ? a[m] : b[m])(d),
        1000,
        seed,
      ),
    ]),
  ) as Record<Compared, RatioInterval>;
  const mean = (v: Float64Array) => v.reduce((s, x) => s + x, 0) / Math.max(1, v.length);
  const ndcg = mean(a.ndcg);
  const at = (m: MetricKey) => `${m}@${k}` as const;
  const families = [...new Set(grid.map((g) => g.row.name.split('-')[0] as string))];
  const atEqualNdcg = families.map((family) => {
    const rows = grid.map((g) => g.row).filter((r) => r.name.split('-')[0] === family);
    const above = rows.filter((r) => (r[at('ndcg')] as number) >= ndcg);
    const pick = (above.length > 0 ? above : rows).reduce((best, r) =>
      above.length > 0
        ? (r[at('ndcg')] as number) < (best[at('ndcg')] as number)
          ? r
          : best
        : (r[at('ndcg')] as number) > (best[at('ndcg')] as number)
          ? r
          : best,
    );
    const ratio = (m: 'ndcg' | 'ild' | 'surprise') => mean(a[m]) / (pick[at(m)] as number);
    const methodCoverage = coverA(Int32Array.from(ctx.users.keys()));
    return {
      family,
      setting: pick.name,
      ndcg: ratio('ndcg'),
      ild: ratio('ild'),
      coverage: methodCoverage / (pick[at('coverage')] as number),
      surprise: ratio('surprise'),
    };
  });
  return { method: method.name, baseline: baseline.name, ratios, atEqualNdcg };
}
