import type { MetricRow } from './evaluate.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The accuracy/diversity frontier: NDCG@k against ILD@k, one labelled point per method. */
export function frontierSvg(title: string, rows: readonly MetricRow[], k = 10): string {
  const W = 640;
  const H = 420;
  const m = { l: 64, r: 24, t: 40, b: 52 };
  const xs = rows.map((r) => r[`ild@${k}`] as number);
  const ys = rows.map((r) => r[`ndcg@${k}`] as number);
  const pad = (lo: number, hi: number) =>
    [lo - (hi - lo || 1) * 0.08, hi + (hi - lo || 1) * 0.08] as const;
  const [x0, x1] = pad(Math.min(...xs), Math.max(...xs));
  const [y0, y1] = pad(Math.min(...ys), Math.max(...ys));
  const px = (x: number) => m.l + ((x - x0) / (x1 - x0)) * (W - m.l - m.r);
  const py = (y: number) => H - m.b - ((y - y0) / (y1 - y0)) * (H - m.t - m.b);
  const ticks = (lo: number, hi: number) =>
    Array.from({ length: 5 }, (_, t) => lo + ((hi - lo) * t) / 4);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="15">${esc(title)}</text>`,
    `<line x1="${m.l}" y1="${H - m.b}" x2="${W - m.r}" y2="${H - m.b}" stroke="#333"/>`,
    `<line x1="${m.l}" y1="${m.t}" x2="${m.l}" y2="${H - m.b}" stroke="#333"/>`,
    ...ticks(x0, x1).map(
      (x) =>
        `<text x="${px(x).toFixed(1)}" y="${H - m.b + 16}" text-anchor="middle">${x.toFixed(3)}</text>`,
    ),
    ...ticks(y0, y1).map(
      (y) =>
        `<text x="${m.l - 6}" y="${(py(y) + 4).toFixed(1)}" text-anchor="end">${y.toFixed(3)}</text>`,
    ),
    `<text x="${W / 2}" y="${H - 12}" text-anchor="middle">intra-list diversity @${k} (genres, Jaccard)</text>`,
    `<text x="16" y="${H / 2}" text-anchor="middle" transform="rotate(-90 16 ${H / 2})">NDCG@${k}</text>`,
  ];
  rows.forEach((r, i) => {
    const wonder = r.name.startsWith('wonder');
    const x = px(xs[i] as number);
    const y = py(ys[i] as number);
    parts.push(
      `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5" fill="${wonder ? '#d1495b' : '#30638e'}"/>`,
      `<text x="${(x + 8).toFixed(1)}" y="${(y - 6).toFixed(1)}">${esc(r.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
