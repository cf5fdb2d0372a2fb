import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reading } from '../export/all-pages.ts';
import type { Column } from '../export/table.ts';
import type { PagePosition } from '../route.ts';
import { ExportTools } from './export-tools.tsx';
import { Pager } from './pager.tsx';

interface Props<Row> {
  /** `${name}-results` is the section's id and test id. */
  name: string;
  fetching: boolean;
  /** The count, said in words ("12 studios"). */
  count: string;
  connection: { totalCount: number; pageInfo: { startCursor?: string | null; endCursor?: string | null } };
  /** The export: its table, the rows on screen, and how to read every selected row. */
  exports: { title: string; columns: Column<Row>[]; shown: Row[]; loadAll: (reading: Reading) => Promise<Row[]>; testId: string };
  /** Names the selection without its page: a new selection gives a new export. */
  selection: string;
  position: PagePosition;
  pageSize: number;
  hrefAt: (position: PagePosition) => string;
  /** Said when nothing matches, with a link that clears the filters. */
  none: { message: string; clearHref: string };
  /** The page of rows on screen. */
  children: ReactNode;
}

/** A paged directory's results: the count with the export beside it, the page, the pager. */
export function DirectoryResults<Row>({ name, fetching, count, connection, exports, selection, position, pageSize, hrefAt, none, children }: Props<Row>) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${name}-results`} aria-busy={fetching} data-testid={`${name}-results`}>
      <div className="list-heading">
        <h2 id={`${name}-results`} aria-live="polite" data-testid="result-count" data-count={connection.totalCount}>
          {count}
        </h2>
        <ExportTools key={selection} total={connection.totalCount} {...exports} />
      </div>
      {connection.totalCount === 0 ? (
        <p className="notice" data-testid="none-found">
          {none.message} <a href={none.clearHref}>{t('common.clearFilters')}</a>
        </p>
      ) : (
        children
      )}
      <Pager position={position} totalCount={connection.totalCount} pageSize={pageSize} pageInfo={connection.pageInfo} hrefAt={hrefAt} />
    </section>
  );
}
