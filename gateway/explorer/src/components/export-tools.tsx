import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CombinedError } from 'urql';
import type { Reading } from '../export/all-pages.ts';
import { type Column, download, toCsv, toXlsx } from '../export/table.ts';
import { useFormat } from '../format.ts';
import { describeError } from './query-state.tsx';

interface Props<Row> {
  /** The table's title, also the file name and the sheet name. */
  title: string;
  columns: Column<Row>[];
  /** The rows on screen now (a page of a paged list, or all of a short one). */
  shown: Row[];
  /** How many rows the filters select, all pages together. */
  total: number;
  /** Reads every selected row, page by page; a list shown whole just returns `shown`. */
  loadAll: (reading: Reading) => Promise<Row[]>;
  testId: string;
}
// Give it a `key` naming the selection (e.g. the route's href): a new selection drops the printed copy.

type Job = 'csv' | 'xlsx' | 'print';

/**
 * The most rows 打印全部 lays out: 13,068 took 10 s to render and 621 pages (47 s) to print to PDF
 * at seed:scale 1; beyond this the user is pointed to Excel or a narrower filter instead.
 */
export const PRINT_LIMIT = 5000;

/**
 * CSV, Excel and print for one list: each reads everything the filters select, not only the
 * page on screen. The print-only table below it is what paper gets (styles.css, @media print).
 */
export function ExportTools<Row>({ title, columns, shown, total, loadAll, testId }: Props<Row>) {
  const { t } = useTranslation();
  const format = useFormat();
  const [busy, setBusy] = useState<Job>();
  const [read, setRead] = useState(0);
  // Seconds the gateway's rate limit asked the read to wait, until the next page comes.
  const [waiting, setWaiting] = useState<number>();
  const [cancelled, setCancelled] = useState(false);
  const reading = useRef<AbortController>(undefined);
  const [failure, setFailure] = useState<string>();
  const [printed, setPrinted] = useState<{ rows: Row[]; at: Date }>();

  // Print once the whole selection is on the page (the table renders first, then the dialog opens).
  useEffect(() => {
    if (busy === 'print' && printed) {
      setBusy(undefined);
      window.print();
    }
  }, [busy, printed]);

  // Leaving the list (a new selection, another page) stops its read.
  useEffect(() => () => reading.current?.abort(), []);

  const run = async (job: Job) => {
    const controller = new AbortController();
    reading.current = controller;
    setBusy(job);
    setRead(0);
    setWaiting(undefined);
    setCancelled(false);
    setFailure(undefined);
    try {
      const onRows = (n: number) => (setRead(n), setWaiting(undefined));
      const rows = await loadAll({ signal: controller.signal, onRows, onWait: setWaiting });
      controller.signal.throwIfAborted();
      if (job === 'print') return setPrinted({ rows, at: new Date() });
      const table = { name: title, columns, rows };
      const blob = await (job === 'csv' ? toCsv(table) : toXlsx(table));
      download(blob, `${title}.${job}`);
      setBusy(undefined);
    } catch (error) {
      setBusy(undefined);
      if (controller.signal.aborted) return setCancelled(true);
      const message = error instanceof CombinedError ? describeError(error, t) : t('errors.unknown', { message: String(error) });
      setFailure(t('export.failed', { message }));
    }
  };

  const rows = printed?.rows ?? shown;
  // Nothing selected: nothing to export or print.
  const disabled = !!busy || total === 0;
  const tooLongToPrint = total > PRINT_LIMIT;
  return (
    <>
      <div className="export-tools" role="group" aria-label={t('export.label')} data-testid={`${testId}-export`}>
        <button type="button" disabled={disabled} onClick={() => run('csv')} data-testid="export-csv">
          {t('export.csv')}
        </button>
        <button type="button" disabled={disabled} onClick={() => run('xlsx')} data-testid="export-xlsx">
          {t('export.xlsx')}
        </button>
        <button
          type="button"
          disabled={disabled || tooLongToPrint}
          aria-describedby={tooLongToPrint ? `${testId}-print-limit` : undefined}
          onClick={() => run('print')}
          data-testid="export-print"
        >
          {t('export.print')}
        </button>
        {tooLongToPrint && (
          <span id={`${testId}-print-limit`} className="subtitle" data-testid="print-limit">
            {t('export.printLimit', { limit: PRINT_LIMIT })}
          </span>
        )}
        {busy && (
          <span role="status" className="export-progress" data-testid="export-progress">
            <progress max={total} value={read} aria-label={t('export.label')} />
            {waiting === undefined ? t('export.reading', { read, total }) : t('export.waiting', { read, total, seconds: waiting })}
            <button type="button" onClick={() => reading.current?.abort()} data-testid="export-cancel">
              {t('export.cancel')}
            </button>
          </span>
        )}
        {cancelled && <span role="status">{t('export.cancelled')}</span>}
        {failure && <span role="alert" className="notice-error">{failure}</span>}
      </div>
      <table className="print-only" data-testid={`${testId}-print`}>
        <caption>
          {title} · {t('export.rows', { count: rows.length })}
          {printed && ` · ${t('export.printedAt', { at: format.dateTime(printed.at) })}`}
          {!printed && rows.length < total && <div>{t('export.printPartial')}</div>}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.header}>{c.value(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
