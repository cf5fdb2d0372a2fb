import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A directory's name filter: the labelled box and its button, inside the directory's filter form. */
export function NameSearch({ value, placeholder }: { value?: string; placeholder: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{t('common.name')}</label>
      <div className="search">
        <input id={id} name="name" type="search" data-testid="filter-name" defaultValue={value ?? ''} key={value ?? ''} placeholder={placeholder} />
        <button type="submit" data-testid="search">
          {t('common.search')}
        </button>
      </div>
    </>
  );
}

/** The name a NameSearch's form was submitted with; undefined when the box is empty. */
export function submittedName(event: FormEvent<HTMLFormElement>): string | undefined {
  event.preventDefault();
  return String(new FormData(event.currentTarget).get('name') ?? '').trim() || undefined;
}
