import type { Comparison } from './compare-with-baseline.ts';
import { METRIC_KEYS, type MetricRow } from './evaluate.ts';

/** A plain-text (Markdown) table of the rows, one column per metric. */
export function formatTable(rows: readonly MetricRow[], k = 10): string {
  const cols = METRIC_KEYS.map((m) => `${m}@${k}` as const);
  const head = `| method | ${cols.join(' | ')} |`;
  const rule = `|---|${cols.map(() => '---:').join('|')}|`;
  const body = rows.map(
    (r) => `| ${r.name} | ${cols.map((c) => (r[c] as number).toFixed(4)).join(' | ')} |`,
  );
  return [head, rule, ...body].join('\n');
}

/** The method's ratios to the baseline with their 95% intervals, against the targets where there are. */
export function formatComparison(c: Comparison, targets: Record<string, number>): string {
  const lines = Object.entries(c.ratios).map(([m, r]) => {
    const t = targets[m];
    const verdict = t === undefined ? '' : ` (target >= ${t}x) ${r.ratio >= t ? 'met' : 'MISSED'}`;
    return `${m}: ${r.ratio.toFixed(3)}x [${r.lo.toFixed(3)}, ${r.hi.toFixed(3)}]${verdict}`;
  });
  const equal = c.atEqualNdcg.map(
    (e) =>
      `against ${e.setting} (closest NDCG at or above): NDCG ${e.ndcg.toFixed(3)}x, ILD ${e.ild.toFixed(3)}x, coverage ${e.coverage.toFixed(3)}x, surprise ${e.surprise.toFixed(3)}x` +
      (e.ild >= 1.05 && e.coverage >= 1.05 && e.surprise >= 1.05
        ? ' (ahead by 5% on all three)'
        : ' (NOT ahead by 5% on all three)'),
  );
  return [`${c.method} against ${c.baseline} (paired bootstrap 95%):`, ...lines, ...equal].join(
    '\n',
  );
}
