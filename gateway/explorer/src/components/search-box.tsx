import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../route.ts';

/** The header's one box for every registry: it opens the search results page. */
export function SearchBox({ text }: { text?: string }) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    if (typed) window.location.hash = hrefFor({ name: 'search', text: typed });
  };
  return (
    <form className="search site-search" role="search" aria-label={t('search.box')} onSubmit={submit} data-testid="site-search">
      <input
        name="q"
        type="search"
        aria-label={t('search.box')}
        placeholder={t('search.placeholder')}
        defaultValue={text ?? ''}
        key={text ?? ''}
        maxLength={100}
        data-testid="search-box"
      />
      <button type="submit" data-testid="search-submit">
        {t('search.submit')}
      </button>
    </form>
  );
}
