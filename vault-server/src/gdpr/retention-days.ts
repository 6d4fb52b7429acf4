import { z } from 'zod';

/**
 * A retention period a person may choose, in days: one day to a hundred years. The bound keeps the
 * purge's cut-off a valid date and the value inside the column's integer range, wherever the
 * choice comes from (the retention form or a restored export).
 */
export const RetentionDays = z.number().int().min(1).max(36_500);
