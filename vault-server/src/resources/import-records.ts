import { NewCulturalRecord, VerwonderError, type DataCategoryId } from '@verwonder/shared';
import type { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import { isUniqueViolation } from '../storage/sql-driver.ts';
import type { VaultContext } from '../vault-context.ts';
import { parseCsv } from './csv.ts';
import { insertRecord, type Access } from './record-service.ts';

export type ImportFormat = 'csv' | 'json' | 'ndjson';

export interface LineError {
  line: number;
  errors: { path: string; message: string }[];
}

export interface ImportProgress {
  phase: 'validating' | 'writing';
  done: number;
  total: number;
}

type Progress = (progress: ImportProgress) => void;
const PROGRESS_EVERY = 1000;

/** A CSV header names dotted paths into the record: `time`, `item.title`, `item.authors`, `data.action`. */
function rowToObject(header: string[], cells: string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  header.forEach((path, index) => {
    const value = cells[index];
    if (value === undefined || value === '') return;
    const keys = path.split('.');
    let target = result;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[keys.at(-1)!] = value;
  });
  return result;
}

/** CSV cells are text: convert where the schema asks for a number, a boolean or a list (`a|b`). */
function coerceAt(value: Record<string, unknown>, path: PropertyKey[], expected: string): boolean {
  let target: unknown = value;
  for (const key of path.slice(0, -1)) target = (target as Record<PropertyKey, unknown>)?.[key];
  const last = path.at(-1);
  if (typeof target !== 'object' || target === null || last === undefined) return false;
  const holder = target as Record<PropertyKey, unknown>;
  const cell = holder[last];
  if (typeof cell !== 'string') return false;
  if (expected === 'number' && cell.trim() !== '' && !Number.isNaN(Number(cell)))
    holder[last] = Number(cell);
  else if (expected === 'boolean' && /^(true|false|ja|nee|yes|no|1|0)$/i.test(cell))
    holder[last] = /^(true|ja|yes|1)$/i.test(cell);
  else if (expected === 'array')
    holder[last] = cell
      .split('|')
      .map((part) => part.trim())
      .filter(Boolean);
  else return false;
  return true;
}

function validate(
  candidate: Record<string, unknown>,
  category: DataCategoryId,
  coerce: boolean,
): z.ZodSafeParseResult<NewCulturalRecord> {
  const value = { ...candidate, category };
  let result = NewCulturalRecord.safeParse(value);
  for (let pass = 0; coerce && !result.success && pass < 3; pass += 1) {
    const changed = result.error.issues.filter(
      (issue) => issue.code === 'invalid_type' && coerceAt(value, issue.path, issue.expected),
    );
    if (changed.length === 0) break;
    result = NewCulturalRecord.safeParse(value);
  }
  return result;
}

function candidates(text: string, format: ImportFormat): { line: number; value: unknown }[] {
  try {
    if (format === 'csv') {
      const [header, ...rows] = parseCsv(text);
      if (!header) return [];
      return rows.map((row) => ({
        line: row.line,
        value: rowToObject(
          header.cells.map((cell) => cell.trim()),
          row.cells,
        ),
      }));
    }
    if (format === 'ndjson') {
      return text
        .split('\n')
        .flatMap((line, index) =>
          line.trim() === '' ? [] : [{ line: index + 1, value: JSON.parse(line) as unknown }],
        );
    }
    const parsed = JSON.parse(text) as unknown;
    const list = Array.isArray(parsed)
      ? parsed
      : typeof parsed === 'object' && parsed !== null
        ? ((parsed as Record<string, unknown>).records ??
          (parsed as Record<string, unknown>)['@graph'])
        : undefined;
    if (!Array.isArray(list))
      throw new VerwonderError(
        'invalid_input',
        'a JSON import is an array of records (or {"records": […]})',
      );
    return list.map((value, index) => ({ line: index + 1, value }));
  } catch (error) {
    if (error instanceof VerwonderError) throw error;
    throw new VerwonderError(
      'invalid_input',
      `the file is not valid ${format.toUpperCase()}: ${error instanceof Error ? error.message : 'parse error'}`,
    );
  }
}

/** Validates every line; returns all records or all line errors, never a mix. */
export function validateImport(
  text: string,
  format: ImportFormat,
  category: DataCategoryId,
  fileName: string | undefined,
  onProgress: Progress = () => undefined,
): { records: NewCulturalRecord[]; errors: LineError[] } {
  const items = candidates(text, format);
  const records: NewCulturalRecord[] = [];
  const errors: LineError[] = [];
  const source = {
    type: 'import',
    format: format === 'ndjson' ? 'json' : format,
    ...(fileName ? { fileName } : {}),
  };
  items.forEach(({ line, value }, index) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push({ line, errors: [{ path: '', message: 'expected an object' }] });
    } else {
      const {
        '@context': _c,
        '@type': _t,
        '@id': _i,
        id: _id,
        ...rest
      } = value as Record<string, unknown>;
      const result = validate({ source, ...rest }, category, format === 'csv');
      if (result.success) records.push(result.data);
      else
        errors.push({
          line,
          errors: result.error.issues.map((issue) => ({
            path: issue.path.join('.'),
            message: issue.message,
          })),
        });
    }
    if ((index + 1) % PROGRESS_EVERY === 0)
      onProgress({ phase: 'validating', done: index + 1, total: items.length });
  });
  onProgress({ phase: 'validating', done: items.length, total: items.length });
  if (items.length === 0)
    errors.push({ line: 1, errors: [{ path: '', message: 'the file holds no records' }] });
  return { records: errors.length > 0 ? [] : records, errors };
}

/** Writes all records in one transaction with one audit entry: all or nothing. */
export async function writeImport(
  ctx: VaultContext,
  pod: string,
  category: DataCategoryId,
  records: NewCulturalRecord[],
  access: Access,
  onProgress: Progress = () => undefined,
): Promise<string[]> {
  try {
    return await ctx.storage.transaction(async (tx) => {
      const ids: string[] = [];
      for (const record of records) {
        ids.push((await insertRecord(ctx, tx, pod, record)).record.id);
        if (ids.length % PROGRESS_EVERY === 0)
          onProgress({ phase: 'writing', done: ids.length, total: records.length });
      }
      await appendAudit(tx, pod, {
        ...access,
        action: 'records-imported',
        category,
        recordIds: ids.slice(0, 1000),
        detail: `${ids.length} records imported`,
      });
      onProgress({ phase: 'writing', done: ids.length, total: records.length });
      return ids;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new VerwonderError(
      'conflict',
      'an idempotencyKey in the file repeats or was used before; nothing was imported',
    );
  }
}
