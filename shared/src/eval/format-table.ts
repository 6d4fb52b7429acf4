import { METRIC_KEYS, type MetricRow } from './evaluate.ts';

/** A plain-text (Markdown) table of the rows, one column per metric. */
export function formatTable(rows: readonly MetricRow[], k = 10): string {
  const cols = METRIC_KEYS.map((m) => `${m}@${k}` as const);
  const head = `| method | ${cols.join(' | ')} |`;
  const rule = `|---|${cols.map(() => '---:').join('|')}|`;
  const body = rows.map((r) => `| ${r.name} | ${cols.map((c) => (r[c] as number).toFixed(4)).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

/** The default dial's ratios to EASE for the metrics with targets. */
export function formatRatios(rows: readonly MetricRow[], targets: Record<string, number>, k = 10): string {
  const ease = rows.find((r) => r.name === 'ease');
  const wonder = rows.find((r) => r.name === 'wonder');
  if (!ease || !wonder) return '';
  return Object.entries(targets)
    .map(([m, t]) => {
      const key = `${m}@${k}` as keyof MetricRow;
      const ratio = (wonder[key] as number) / (ease[key] as number);
      return `${m}: ${ratio.toFixed(3)}x (target >= ${t}x) ${ratio >= t ? 'met' : 'MISSED'}`;
    })
    .join('\n');
}
