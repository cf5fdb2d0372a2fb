import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { HideGeneratedSwitch } from '../components/hide-generated.tsx';
import { graphql } from '../gql/index.ts';
import type { StudioLevel } from '../gql/graphql.ts';
import { bilingual, STUDIO_LEVELS } from '../labels.ts';
import { FIRST_PAGE, hrefFor, type StudioFilterState, TOWN_NOT_STATED } from '../route.ts';

const StudioFacetsQuery = graphql(`
  query StudioFacets {
    occupations {
      code
      name
      nameEn
    }
    industries {
      code
      name
      nameEn
    }
    towns
  }
`);

/** The directory's filters; every change starts again from the first page. */
export function StudioFilters({ filter, onChange }: { filter: StudioFilterState; onChange: (next: StudioFilterState) => void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: StudioFacetsQuery });
  const id = useId();
  const toggleLevel = (level: StudioLevel) => {
    const levels = filter.levels.includes(level) ? filter.levels.filter((l) => l !== level) : [...filter.levels, level];
    onChange({ ...filter, levels: STUDIO_LEVELS.filter((l) => levels.includes(l)) });
  };
  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    onChange({ ...filter, name: name || undefined });
  };

  return (
    <form className="filters" role="search" aria-label={t('studios.filter')} onSubmit={search} data-testid="studio-filters">
      <fieldset className="levels">
        <legend>{t('common.level')}</legend>
        {STUDIO_LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            className="chip"
            aria-pressed={filter.levels.includes(level)}
            data-testid={`level-${level}`}
            onClick={() => toggleLevel(level)}
          >
            {t(`level.${level}`)}
          </button>
        ))}
      </fieldset>
      <label htmlFor={`${id}-occupation`}>{t('common.occupation')}</label>
      <select
        id={`${id}-occupation`}
        data-testid="filter-occupation"
        value={filter.occupation ?? ''}
        onChange={(e) => onChange({ ...filter, occupation: e.target.value || undefined })}
      >
        <option value="">{t('studios.allOccupations')}</option>
        {data?.occupations.map((o) => (
          <option key={o.code} value={o.code}>
            {bilingual(o.name, o.nameEn)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-industry`}>{t('common.industry')}</label>
      <select
        id={`${id}-industry`}
        data-testid="filter-industry"
        value={filter.industry ?? ''}
        onChange={(e) => onChange({ ...filter, industry: e.target.value || undefined })}
      >
        <option value="">{t('studios.allIndustries')}</option>
        {data?.industries.map((i) => (
          <option key={i.code} value={i.code}>
            {bilingual(i.name, i.nameEn)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-town`}>{t('common.town')}</label>
      <select
        id={`${id}-town`}
        data-testid="filter-town"
        value={filter.town ?? ''}
        onChange={(e) => onChange({ ...filter, town: e.target.value || undefined })}
      >
        <option value="">{t('studios.allTowns')}</option>
        {data?.towns.map((town) => (
          <option key={town} value={town}>
            {town}
          </option>
        ))}
        <option value={TOWN_NOT_STATED}>{t('common.notStated')}</option>
      </select>
      <label htmlFor={`${id}-name`}>{t('common.name')}</label>
      <div className="search">
        <input
          id={`${id}-name`}
          name="name"
          type="search"
          data-testid="filter-name"
          defaultValue={filter.name ?? ''}
          key={filter.name ?? ''}
          placeholder={t('studios.namePlaceholder')}
        />
        <button type="submit" data-testid="search">
          {t('common.search')}
        </button>
      </div>
      <div className="filter-row">
        <HideGeneratedSwitch checked={filter.hideGenerated ?? false} onChange={(hide) => onChange({ ...filter, hideGenerated: hide || undefined })} />
      </div>
      <a className="clear" href={hrefFor({ name: 'studios', filter: { levels: [] }, position: FIRST_PAGE })} data-testid="clear-filters">
        {t('studios.clear')}
      </a>
    </form>
  );
}
