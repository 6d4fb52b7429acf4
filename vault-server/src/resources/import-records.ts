import { NewCulturalRecord, VerwonderError, type DataCategoryId } from '@verwonder/shared';
import type { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import { isUniqueViolation } from '../storage/sql-driver.ts';
import type { VaultContext } from '../vault-context.ts';
import { csvRows } from './csv.ts';
import { importLineChecks, type PodChecks } from './import-line-checks.ts';
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

/** Leaf paths (`item.title`, `data.action`) of a schema: the only CSV columns an import accepts. */
function collectPaths(schema: z.core.$ZodType, prefix: string, out: Set<string>): void {
  const def = schema._zod.def as z.core.$ZodTypeDef & {
    innerType?: z.core.$ZodType;
    in?: z.core.$ZodType;
    shape?: Record<string, z.core.$ZodType>;
    options?: z.core.$ZodType[];
  };
  if (def.innerType) return collectPaths(def.innerType, prefix, out);
  if (def.type === 'pipe' && def.in) return collectPaths(def.in, prefix, out);
  if (def.type === 'object' && def.shape) {
    for (const [key, value] of Object.entries(def.shape))
      collectPaths(value, prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  if (def.type === 'union' && def.options) {
    for (const option of def.options) collectPaths(option, prefix, out);
    return;
  }
  if (prefix) out.add(prefix);
}

const pathsByCategory = new Map<DataCategoryId, ReadonlySet<string>>();

export function csvColumns(category: DataCategoryId): ReadonlySet<string> {
  let paths = pathsByCategory.get(category);
  if (!paths) {
    const variant = NewCulturalRecord.options.find(
      (option) => option.shape.category.value === category,
    );
    const found = new Set<string>();
    if (variant) collectPaths(variant, '', found);
    // The vault sets these itself.
    for (const path of [...found])
      if (path === 'category' || path.startsWith('source.')) found.delete(path);
    paths = found;
    pathsByCategory.set(category, paths);
  }
  return paths;
}

/**
 * Header cells must be the category's known leaf paths, each at most once, checked before any row
 * is read: a dotted header is never used to walk into arbitrary keys (a `__proto__.x` column once
 * polluted Object.prototype and broke the vault for everyone), and a repeated column would keep
 * only one of its cells. An empty header cell names no column: what stands under it is checked per
 * row (`cellsWithoutColumn`).
 */
function checkHeader(header: string[], category: DataCategoryId): string[] {
  const known = csvColumns(category);
  const unknown = [...new Set(header.filter((path) => path !== '' && !known.has(path)))];
  const clipColumns = (columns: string[]) =>
    columns.slice(0, 20).map((column) => column.slice(0, 100));
  if (unknown.length > 0)
    throw new VerwonderError(
      'unprocessable',
      `unknown CSV columns; a ${category} import knows: ${[...known].join(', ')}`,
      { details: { columns: clipColumns(unknown) } },
    );
  const repeated = [
    ...new Set(header.filter((path, index) => path !== '' && header.indexOf(path) !== index)),
  ];
  if (repeated.length > 0)
    throw new VerwonderError(
      'unprocessable',
      `the CSV header names a column more than once: ${clipColumns(repeated).join(', ')}`,
      { details: { columns: clipColumns(repeated) } },
    );
  return header;
}

/**
 * Why a row's non-empty cell has no column to go in (past the header's end, or under an empty
 * header cell), or undefined: such a cell is refused, never dropped (an unquoted comma in a title
 * splits it, and a spreadsheet ends the header with a separator too). Empty cells there (a
 * spreadsheet's trailing separators) lose nothing.
 */
function cellsWithoutColumn(header: string[], cells: string[]): string | undefined {
  const lost = cells.findIndex((cell, index) => !header[index] && cell.trim() !== '');
  if (lost === -1) return undefined;
  if (lost >= header.length) return `${cells.length} cells, the header has ${header.length}`;
  return `column ${lost + 1} holds a value, but the header gives that column no name`;
}

/** A row as an object in null-prototype objects, following only checked header paths. */
function rowToObject(header: string[], cells: string[]): Record<string, unknown> {
  const result = Object.create(null) as Record<string, unknown>;
  header.forEach((path, index) => {
    const value = cells[index];
    if (path === '' || value === undefined || value === '') return;
    const keys = path.split('.');
    let target = result;
    for (const key of keys.slice(0, -1)) {
      const next = Object.hasOwn(target, key) ? target[key] : undefined;
      if (next !== undefined && (typeof next !== 'object' || next === null)) return;
      target = (next ?? (target[key] = Object.create(null))) as Record<string, unknown>;
    }
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

/** Limits that keep a failing import cheap: documented in vault-server/README.md. */
export const IMPORT_LIMITS = {
  /** Validation stops after this many invalid lines; the answer lists them. */
  maxLineErrors: 100,
  /** Issues listed per invalid line. */
  maxIssuesPerLine: 10,
  /** Characters of an issue's path or message (both may quote the client's keys). */
  maxTextLength: 200,
  /** Lines validated between yields to the event loop. */
  batchSize: 200,
} as const;

const clip = (text: string) =>
  text.length > IMPORT_LIMITS.maxTextLength
    ? `${text.slice(0, IMPORT_LIMITS.maxTextLength)}…`
    : text;

const clipIssue = (issue: { path: string; message: string }) => ({
  path: clip(issue.path),
  message: clip(issue.message),
});

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function notValid(format: ImportFormat, error: unknown): VerwonderError {
  if (error instanceof VerwonderError) return error;
  return new VerwonderError(
    'invalid_input',
    clip(
      `the file is not valid ${format.toUpperCase()}: ${error instanceof Error ? error.message : 'parse error'}`,
    ),
  );
}

function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

/** One line of the file: its value, or why it cannot be read as one. */
interface Candidate {
  line: number;
  value: unknown;
  unreadable?: string;
}

/** The file's lines as candidate objects, produced lazily so validation can pause between batches. */
function candidates(
  text: string,
  format: ImportFormat,
  category: DataCategoryId,
): { total: number; lines: Generator<Candidate> } {
  if (format !== 'json')
    return { total: countLines(text), lines: lazyCandidates(text, format, category) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch (error) {
    throw notValid(format, error);
  }
  const list = Array.isArray(parsed)
    ? parsed
    : typeof parsed === 'object' && parsed !== null
      ? Object.hasOwn(parsed, 'records')
        ? (parsed as Record<string, unknown>).records
        : Object.hasOwn(parsed, '@graph')
          ? (parsed as Record<string, unknown>)['@graph']
          : undefined
      : undefined;
  if (!Array.isArray(list))
    throw new VerwonderError(
      'invalid_input',
      'a JSON import is an array of records (or {"records": […]})',
    );
  return {
    total: list.length,
    lines: (function* () {
      for (const [index, value] of (list as unknown[]).entries()) yield { line: index + 1, value };
    })(),
  };
}

function* lazyCandidates(
  text: string,
  format: ImportFormat,
  category: DataCategoryId,
): Generator<Candidate> {
  if (format === 'csv') {
    const rows = csvRows(text);
    const first = rows.next();
    if (first.done) return;
    const header = checkHeader(
      first.value.cells.map((cell) => cell.trim()),
      category,
    );
    for (const row of rows) {
      const unreadable = cellsWithoutColumn(header, row.cells);
      if (unreadable !== undefined) yield { line: row.line, value: undefined, unreadable };
      else yield { line: row.line, value: rowToObject(header, row.cells) };
    }
    return;
  }
  let line = 0;
  for (const entry of text.split('\n')) {
    line += 1;
    if (entry.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(entry) as unknown;
    } catch (error) {
      throw notValid(format, new Error(`line ${line}: ${(error as Error).message}`));
    }
    yield { line, value };
  }
}

export interface ImportValidation {
  records: NewCulturalRecord[];
  errors: LineError[];
  /** True when validation stopped at IMPORT_LIMITS.maxLineErrors: later lines were not checked. */
  truncated: boolean;
}

/**
 * Validates every line, in batches with a turn of the event loop between them (other requests
 * go on meanwhile); returns all records or the line errors (at most IMPORT_LIMITS.maxLineErrors),
 * never a mix.
 */
export async function validateImport(
  text: string,
  format: ImportFormat,
  category: DataCategoryId,
  fileName: string | undefined,
  onProgress: Progress = () => undefined,
  /** The pod the file goes into: retention and the keys it holds (unit tests may leave it out). */
  pod?: PodChecks,
): Promise<ImportValidation> {
  const checkLine = importLineChecks(pod);
  const records: NewCulturalRecord[] = [];
  const errors: LineError[] = [];
  const source = {
    type: 'import',
    format: format === 'ndjson' ? 'json' : format,
    ...(fileName ? { fileName } : {}),
  };
  let seen = 0;
  let truncated = false;
  const { total, lines } = candidates(text, format, category);
  for (;;) {
    let next: IteratorResult<Candidate>;
    try {
      next = lines.next();
    } catch (error) {
      throw notValid(format, error);
    }
    if (next.done) break;
    const { line, value, unreadable } = next.value;
    seen += 1;
    if (unreadable !== undefined) {
      errors.push({ line, errors: [{ path: '', message: unreadable }] });
    } else if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push({ line, errors: [{ path: '', message: 'expected an object' }] });
    } else {
      const {
        '@context': _c,
        '@type': _t,
        '@id': _i,
        id: _id,
        ...rest
      } = value as Record<string, unknown>;
      // The vault names the import as the source, whatever a JSON line says (a CSV has no such
      // column): a file must not pass for a site's or the person's own writes.
      const result = validate({ ...rest, source }, category, format === 'csv');
      const issues = result.success ? await checkLine(line, result.data) : [];
      if (result.success && issues.length === 0) records.push(result.data);
      else if (result.success) errors.push({ line, errors: issues.map(clipIssue) });
      else
        errors.push({
          line,
          errors: result.error.issues.slice(0, IMPORT_LIMITS.maxIssuesPerLine).map((issue) => ({
            path: clip(issue.path.map(String).join('.')),
            message: clip(issue.message),
          })),
        });
    }
    if (errors.length >= IMPORT_LIMITS.maxLineErrors) {
      truncated = true;
      break;
    }
    if (seen % PROGRESS_EVERY === 0) onProgress({ phase: 'validating', done: seen, total });
    if (seen % IMPORT_LIMITS.batchSize === 0) await nextTurn();
  }
  onProgress({ phase: 'validating', done: seen, total: seen });
  if (seen === 0)
    errors.push({ line: 1, errors: [{ path: '', message: 'the file holds no records' }] });
  return { records: errors.length > 0 ? [] : records, errors, truncated };
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
    // Validation names such keys by line; this is a record written with one since (a race).
    throw new VerwonderError(
      'conflict',
      'an idempotencyKey in the file was used by a record written meanwhile; nothing was imported',
    );
  }
}
