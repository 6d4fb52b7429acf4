export interface CsvRow {
  /** 1-based line number where the row starts (the header is line 1). */
  line: number;
  cells: string[];
}

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Also accepts `;` as the
 * separator when the header line has no comma (spreadsheets in Dutch locales write that).
 */
export function parseCsv(text: string): CsvRow[] {
  return [...csvRows(text)];
}

/** The same rows one at a time, so a large import can be validated in batches between other requests. */
export function* csvRows(text: string): Generator<CsvRow> {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = input.slice(0, input.search(/\r?\n|$/));
  const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  let pending: CsvRow | undefined;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') pending = { line: rowStart, cells };
    cells = [];
    cell = '';
  };
  for (let i = 0; i < input.length; i += 1) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n') {
      endRow();
      line += 1;
      rowStart = line;
      if (pending) yield pending;
      pending = undefined;
    } else if (!(char === '\r' && input[i + 1] === '\n')) {
      cell += char;
    }
  }
  if (quoted) throw new SyntaxError(`line ${rowStart}: a quoted field is not closed`);
  if (cell !== '' || cells.length > 0) endRow();
  if (pending) yield pending;
}
