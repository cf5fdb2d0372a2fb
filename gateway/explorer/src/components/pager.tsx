import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { FIRST_PAGE, type PagePosition } from '../route.ts';

interface PagerProps {
  position: PagePosition;
  totalCount: number;
  pageSize: number;
  pageInfo: { startCursor?: string | null; endCursor?: string | null };
  /** The link to the list at another position, with everything else unchanged. */
  hrefAt: (position: PagePosition) => string;
}

/** First, previous, next and last links over a cursor connection, numbered for people. */
export function Pager({ position, totalCount, pageSize, pageInfo, hrefAt }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  if (pages === 1) return null;
  // The last page stays the last when records were added since its link was made.
  const page = position.last ? pages : position.page;
  const previous = page === 2 ? FIRST_PAGE : { page: page - 1, before: pageInfo.startCursor ?? undefined };
  const next = { page: page + 1, after: pageInfo.endCursor ?? undefined };
  // The last page holds what the full pages before it leave, so its numbering matches paging forwards.
  const last = { page: pages, last: totalCount - (pages - 1) * pageSize };
  const link = (to: PagePosition | undefined, label: string, testId: string, rel?: string) =>
    to ? (
      <a href={hrefAt(to)} rel={rel} data-testid={testId}>
        {label}
      </a>
    ) : (
      <span aria-disabled="true">{label}</span>
    );
  const back = page > 1 && !!pageInfo.startCursor;
  const forward = page < pages && !!pageInfo.endCursor;
  return (
    <nav className="pager" aria-label={t('common.pages')} data-testid="pager">
      <span className="pager-ends">
        {link(page > 1 ? FIRST_PAGE : undefined, t('common.firstPage'), 'pager-first')}
        {link(back ? previous : undefined, t('common.previous'), 'pager-previous', 'prev')}
      </span>
      <span data-testid="pager-position" data-page={page} data-pages={pages}>
        {t('common.pageOf', { page, pages })}
      </span>
      <span className="pager-ends">
        {link(forward ? next : undefined, t('common.next'), 'pager-next', 'next')}
        {link(page < pages ? last : undefined, t('common.lastPage'), 'pager-last')}
      </span>
    </nav>
  );
}

/** Connection arguments for a position: forwards from `after`, backwards from `before` or the end. */
export function pageArguments({ after, before, last }: PagePosition, pageSize: number) {
  if (before) return { last: pageSize, before };
  if (last) return { last: Math.min(last, pageSize) };
  return { first: pageSize, after };
}

/**
 * A cursor in the address that the API refuses (stale, or mistyped) takes the list back to its
 * first page, the entry replaced in the history; true until then, so the view shows no error.
 */
export function useFirstPageOnRefusedCursor(error: CombinedError | undefined, { after, before }: PagePosition, firstPage: string): boolean {
  const refused = !!(after || before) && !!error?.graphQLErrors.some((e) => e.extensions?.rule === 'cursor');
  useEffect(() => {
    if (refused) window.location.replace(firstPage);
  }, [refused, firstPage]);
  return refused;
}
