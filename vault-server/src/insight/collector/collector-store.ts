import type { SqlExecutor } from '../../storage/sql-driver.ts';
import { z } from 'zod';

export interface Published {
  batch: string;
  reports: number;
  /** The summed figures vector, with noise when epsilon is set. */
  figures: number[];
  epsilon: number | null;
  publishedAt: string;
  /** The figures layout (`LAYOUT_VERSION`); older sums are withheld from the dashboard. */
  layout: number;
}

const Figures = z.array(z.number().int());

export function collectorStore(db: SqlExecutor) {
  return {
    async all(): Promise<Published[]> {
      const rows = await db.all('SELECT * FROM collector_published ORDER BY batch');
      return rows.map((row) => ({
        batch: String(row.batch),
        reports: Number(row.reports),
        figures: Figures.parse(JSON.parse(String(row.figures))),
        epsilon: row.epsilon === null ? null : Number(row.epsilon),
        publishedAt: String(row.published_at),
        layout: Number(row.layout),
      }));
    },
    async has(batch: string): Promise<boolean> {
      return (
        (await db.all('SELECT 1 FROM collector_published WHERE batch = ?', [batch])).length > 0
      );
    },
    async save(entry: Published): Promise<void> {
      await db.run(
        'INSERT INTO collector_published (batch, reports, figures, epsilon, published_at, layout) VALUES (?, ?, ?, ?, ?, ?)',
        [
          entry.batch,
          entry.reports,
          JSON.stringify(entry.figures),
          entry.epsilon === null ? null : String(entry.epsilon),
          entry.publishedAt,
          entry.layout,
        ],
      );
    },
  };
}
