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

/** Previous and next links over a cursor connection, numbered for people. */
export function Pager({ position, totalCount, pageSize, pageInfo, hrefAt }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  if (pages === 1) return null;
  const previous =
    position.page === 2 ? FIRST_PAGE : { page: position.page - 1, before: pageInfo.startCursor ?? undefined };
  const next = { page: position.page + 1, after: pageInfo.endCursor ?? undefined };
  return (
    <nav className="pager" aria-label={t('common.pages')} data-testid="pager">
      {position.page > 1 && pageInfo.startCursor ? (
        <a href={hrefAt(previous)} rel="prev" data-testid="pager-previous">
          {t('common.previous')}
        </a>
      ) : (
        <span aria-disabled="true">{t('common.previous')}</span>
      )}
      <span data-testid="pager-position" data-page={position.page} data-pages={pages}>
        {t('common.pageOf', { page: position.page, pages })}
      </span>
      {position.page < pages && pageInfo.endCursor ? (
        <a href={hrefAt(next)} rel="next" data-testid="pager-next">
          {t('common.next')}
        </a>
      ) : (
        <span aria-disabled="true">{t('common.next')}</span>
      )}
    </nav>
  );
}

/** Connection arguments for a position: forwards from `after`, backwards from `before`. */
export function pageArguments({ after, before }: PagePosition, pageSize: number) {
  return before ? { last: pageSize, before } : { first: pageSize, after };
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
