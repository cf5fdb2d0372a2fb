// A table as exported and printed: headers in the interface language, one value per cell.
export type Cell = string | number | null | undefined;

export interface Column<Row> {
  header: string;
  value: (row: Row) => Cell;
}

export interface Table<Row> {
  /** A file name without extension, e.g. "技能大师工作室名录". */
  name: string;
  columns: Column<Row>[];
  rows: Row[];
}

/** CSV, UTF-8 with a byte-order mark: without it Excel reads the Chinese as another code page. */
export async function toCsv<Row>({ columns, rows }: Table<Row>): Promise<Blob> {
  // Like the XLSX writer, loaded only when someone exports.
  const { default: Papa } = await import('papaparse');
  const text = Papa.unparse({
    fields: columns.map((c) => c.header),
    data: rows.map((row) => columns.map((c) => c.value(row) ?? '')),
  });
  return new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });
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
    columns: columns.map((c) => ({ width: Math.min(40, Math.max(10, c.header.length * 2 + 4)) })),
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
