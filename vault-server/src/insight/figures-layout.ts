/**
 * The fixed layout of one person's weekly figures as a vector of small counts. Every vault and both
 * aggregators must agree on it (it is the Prio3 measurement), so it only ever grows by a new version.
 */
/**
 * 2: every cell and every institution × kind also counts the people in it (0 or 1 per report), so
 * that a figure is published only when enough distinct people gave it. Version 1 had no such count.
 */
/**
 * 3: the same 189 counts, but sent as binary digits each confined to 0 or 1 by the proof check
 * (`figures-measurement.ts`): in layout 2 a vault could claim up to 15 people per cell in one report.
 */
export const LAYOUT_VERSION = 3;
export const INSTITUTIONS = ['library', 'agenda', 'museum'] as const;
export type Institution = (typeof INSTITUTIONS)[number];
export const MEDIA = ['read', 'watch', 'listen', 'experience'] as const;
export type InsightMedium = (typeof MEDIA)[number];
/** `baseline`: a slot filled by plain popularity within the page, for the fair comparison. */
export const KINDS = ['fits', 'surprise', 'baseline'] as const;
export type SuggestionKind = (typeof KINDS)[number];
/** `people`: 1 when the person was shown anything in the cell (set by `toVector`). */
export const CELL_METRICS = ['impressions', 'clicks', 'conversions', 'people'] as const;
export type CellMetric = (typeof CELL_METRICS)[number];
/** `people`, `feedbackPeople`: 1 when shown anything, when gave feedback (set by `toVector`). */
export const KIND_METRICS = [
  'crossed',
  'feedbackCount',
  'feedbackSum',
  'people',
  'feedbackPeople',
] as const;
export type KindMetric = (typeof KIND_METRICS)[number];

/**
 * Each figure is clipped to [0, 2^BITS - 1] and sent in BITS binary digits; the proof check rejects
 * any digit other than 0 or 1 (`figures-measurement.ts`). A count of people is one digit.
 */
export const BITS = 4;
export const MAX_ENTRY = 2 ** BITS - 1;
const CELLS = INSTITUTIONS.length * MEDIA.length * KINDS.length * CELL_METRICS.length;
const KIND_CELLS = INSTITUTIONS.length * KINDS.length * KIND_METRICS.length;
export const VECTOR_LENGTH = CELLS + KIND_CELLS;

export function cellIndex(
  institution: Institution,
  medium: InsightMedium,
  kind: SuggestionKind,
  metric: CellMetric,
): number {
  const i = INSTITUTIONS.indexOf(institution);
  const m = MEDIA.indexOf(medium);
  const k = KINDS.indexOf(kind);
  const x = CELL_METRICS.indexOf(metric);
  return ((i * MEDIA.length + m) * KINDS.length + k) * CELL_METRICS.length + x;
}

export function kindIndex(
  institution: Institution,
  kind: SuggestionKind,
  metric: KindMetric,
): number {
  const i = INSTITUTIONS.indexOf(institution);
  const k = KINDS.indexOf(kind);
  const x = KIND_METRICS.indexOf(metric);
  return CELLS + (i * KINDS.length + k) * KIND_METRICS.length + x;
}

/** Figures as named counts; a missing entry is zero. */
export interface Figures {
  cells: {
    institution: Institution;
    medium: InsightMedium;
    kind: SuggestionKind;
    metric: CellMetric;
    value: number;
  }[];
  kinds: { institution: Institution; kind: SuggestionKind; metric: KindMetric; value: number }[];
}

const scale = (vector: number[], indices: readonly number[], factor: number) => {
  for (const index of indices) vector[index] = vector[index]! * factor;
};

/**
 * Caps a week's counts so that what is counted together keeps its ratio: past 15 impressions in a
 * cell its clicks and conversions shrink by the same factor (40 shown, 4 clicked becomes 15 and
 * 1.5, not 15 and 4, which would inflate the rates); crossings with their kind's conversions, and
 * the feedback count with its sum, likewise. Rounding happens after (`toVector`).
 */
function capTogether(vector: number[]): void {
  for (const institution of INSTITUTIONS)
    for (const kind of KINDS) {
      let before = 0;
      let after = 0;
      for (const medium of MEDIA) {
        const [shown, clicks, conversions] = (
          ['impressions', 'clicks', 'conversions'] as const
        ).map((metric) => cellIndex(institution, medium, kind, metric)) as [number, number, number];
        before += vector[conversions]!;
        const most = Math.max(vector[shown]!, vector[clicks]!, vector[conversions]!);
        if (most > MAX_ENTRY) scale(vector, [shown, clicks, conversions], MAX_ENTRY / most);
        after += vector[conversions]!;
      }
      const crossed = kindIndex(institution, kind, 'crossed');
      if (before > 0) scale(vector, [crossed], after / before);
      const count = kindIndex(institution, kind, 'feedbackCount');
      const sum = kindIndex(institution, kind, 'feedbackSum');
      const most = Math.max(vector[count]!, vector[sum]!);
      if (most > MAX_ENTRY) scale(vector, [count, sum], MAX_ENTRY / most);
    }
}

/** The counts of a week; the `people` entries are derived here, whatever the figures say of them. */
export function toVector(figures: Figures, random: () => number = Math.random): number[] {
  const vector = new Array<number>(VECTOR_LENGTH).fill(0);
  for (const c of figures.cells)
    if (c.metric !== 'people')
      vector[cellIndex(c.institution, c.medium, c.kind, c.metric)]! += c.value;
  for (const c of figures.kinds)
    if (c.metric !== 'people' && c.metric !== 'feedbackPeople')
      vector[kindIndex(c.institution, c.kind, c.metric)]! += c.value;
  capTogether(vector);
  // A scaled count rounds up with the chance of its fraction: unbiased over many people.
  const round = (value: number) => Math.floor(value) + (random() < value % 1 ? 1 : 0);
  const clipped = vector.map((value) => Math.max(0, Math.min(MAX_ENTRY, round(value))));
  for (const institution of INSTITUTIONS)
    for (const kind of KINDS) {
      let shown = false;
      for (const medium of MEDIA) {
        const here = (['impressions', 'clicks', 'conversions'] as const).some(
          (metric) => clipped[cellIndex(institution, medium, kind, metric)]! > 0,
        );
        clipped[cellIndex(institution, medium, kind, 'people')] = here ? 1 : 0;
        shown ||= here;
      }
      clipped[kindIndex(institution, kind, 'people')] = shown ? 1 : 0;
      clipped[kindIndex(institution, kind, 'feedbackPeople')] =
        clipped[kindIndex(institution, kind, 'feedbackCount')]! > 0 ? 1 : 0;
    }
  return clipped;
}

/** Whether a week's figures hold anything at all (an idle week is not reported). */
export const isIdle = (vector: readonly number[]): boolean => vector.every((value) => value === 0);

/** Names every entry of a (summed) vector. */
export function fromVector(vector: readonly number[]): Figures {
  const figures: Figures = { cells: [], kinds: [] };
  for (const institution of INSTITUTIONS)
    for (const kind of KINDS) {
      for (const medium of MEDIA)
        for (const metric of CELL_METRICS)
          figures.cells.push({
            institution,
            medium,
            kind,
            metric,
            value: vector[cellIndex(institution, medium, kind, metric)] ?? 0,
          });
      for (const metric of KIND_METRICS)
        figures.kinds.push({
          institution,
          kind,
          metric,
          value: vector[kindIndex(institution, kind, metric)] ?? 0,
        });
    }
  return figures;
}
