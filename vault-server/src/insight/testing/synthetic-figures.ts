import { INSTITUTIONS, KINDS, MEDIA, toVector, type Figures } from '../figures-layout.ts';

/** A small seeded generator (mulberry32), so that synthetic weeks are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Click and conversion chances per kind for synthetic people (wonder a little ahead of the baseline). */
const CLICK = { fits: 0.3, surprise: 0.25, baseline: 0.18 } as const;
const CONVERT = { fits: 0.4, surprise: 0.35, baseline: 0.3 } as const;

/** One synthetic person's week as a measurement vector, for tests and demos of the dashboard. */
export function syntheticWeek(random: () => number): number[] {
  const figures: Figures = { cells: [], kinds: [] };
  const draw = (n: number, p: number) =>
    Array.from({ length: n }).filter(() => random() < p).length;
  for (const institution of INSTITUTIONS)
    for (const kind of KINDS) {
      let conversions = 0;
      for (const medium of MEDIA) {
        const impressions = random() < 0.5 ? 0 : Math.floor(random() * 4);
        const clicks = draw(impressions, CLICK[kind]);
        const converted = draw(clicks, CONVERT[kind]);
        conversions += converted;
        figures.cells.push({
          institution,
          medium,
          kind,
          metric: 'impressions',
          value: impressions,
        });
        figures.cells.push({ institution, medium, kind, metric: 'clicks', value: clicks });
        figures.cells.push({ institution, medium, kind, metric: 'conversions', value: converted });
      }
      figures.kinds.push({
        institution,
        kind,
        metric: 'crossed',
        value: draw(conversions, kind === 'surprise' ? 0.5 : 0.15),
      });
      const answered = draw(conversions, 0.5);
      figures.kinds.push({ institution, kind, metric: 'feedbackCount', value: answered });
      figures.kinds.push({
        institution,
        kind,
        metric: 'feedbackSum',
        value: Array.from({ length: answered }).reduce<number>(
          (s) => s + (random() < 0.6 ? 1 : random() < 0.5 ? 2 : 0),
          0,
        ),
      });
    }
  return toVector(figures);
}
