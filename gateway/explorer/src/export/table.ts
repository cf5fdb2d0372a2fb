// A table as exported and printed: headers in the interface language, one value per cell.
export type Cell = string | number | null | undefined;

export interface Column<Row> {
  header: string;
  value: (row: Row) => Cell;
  /** A code of digits and letters, e.g. a credit code: a spreadsheet must keep it as text, never as a number. */
  code?: boolean;
}

export interface Table<Row> {
  /** A file name without extension, e.g. "技能大师工作室名录". */
  name: string;
  columns: Column<Row>[];
  rows: Row[];
}

/**
 * CSV, UTF-8 with a byte-order mark: without it Excel reads the Chinese as another code page.
 * A cell that starts like a formula (=, +, -, @) gets a leading ' (escapeFormulae), so a name such
 * as "=1+2 测试企业" stays text. A code column's cells are written as ="913301…": Excel and WPS
 * both open a CSV's all-digit 18-character credit code as a number (9.13301E+17, its last digits
 * lost) unless the cell is this formula, which both evaluate to the exact text. A leading or
 * trailing tab, the other common trick, stays in the cell and breaks lookups on the code.
 */
export async function toCsv<Row>({ columns, rows }: Table<Row>): Promise<Blob> {
  // Like the XLSX writer, loaded only when someone exports.
  const { default: Papa } = await import('papaparse');
  const cell = (value: Cell, code?: boolean) =>
    // Only digits and letters go inside the formula, so nothing in a code can close its quotes.
    code && typeof value === 'string' && /^[0-9A-Za-z]+$/.test(value) ? `"=""${value}"""` : Papa.unparse([[value ?? '']], { escapeFormulae: true });
  const lines = [columns.map((c) => cell(c.header)), ...rows.map((row) => columns.map((c) => cell(c.value(row), c.code)))];
  return new Blob(['\ufeff', lines.map((line) => line.join(',')).join('\r\n')], { type: 'text/csv;charset=utf-8' });
}

// Han, kana, Hangul and full-width forms take two character widths in a spreadsheet's default font.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const widthOf = (text: string) => [...text].reduce((width, character) => width + (WIDE.test(character) ? 2 : 1), 0);

/**
 * Each column as wide as its widest cell, header included, in character widths (a Chinese
 * character two), from 8 to 60: a long enterprise name is read whole without widening the column.
 */
export function columnWidths(headers: readonly string[], body: readonly (readonly Cell[])[]): number[] {
  return headers.map((header, i) => {
    let widest = widthOf(header);
    for (const cells of body) widest = Math.max(widest, widthOf(String(cells[i] ?? '')));
    return Math.min(60, Math.max(8, widest + 2));
  });
}

/** An .xlsx workbook of one sheet; the writer loads only when someone exports. */
export async function toXlsx<Row>({ name, columns, rows }: Table<Row>): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const body = rows.map((row) => columns.map((c) => c.value(row) ?? null));
  return writeXlsxFile([header, ...body], {
    // Excel limits sheet names to 31 characters and forbids a few.
    sheet: name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31),
    stickyRowsCount: 1,
    columns: columnWidths(columns.map((c) => c.header), body).map((width) => ({ width })),
  }).toBlob();
}

/** Hands a file to the browser's downloads. */
export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob after click() returns; revoked too soon, a busy browser saves
  // nothing under the name "download".
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
