import { type FormEvent, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FilterSwitch, HideGeneratedSwitch } from '../components/filter-switch.tsx';
import { NameSearch, submittedName } from '../components/name-search.tsx';
import { Options } from '../components/options.tsx';
import { ChoicesUnavailable, choicesMissing, type Registry } from '../components/query-state.tsx';
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
  const [facets] = useQuery({ query: StudioFacetsQuery });
  const { data } = facets;
  // Occupations and industries are enterprise-classes', towns master-studios'.
  const missing = (choices: unknown, registry: Registry) => (choicesMissing(facets, choices) ? registry : undefined);
  const toggleLevel = (level: StudioLevel) => {
    const levels = filter.levels.includes(level) ? filter.levels.filter((l) => l !== level) : [...filter.levels, level];
    onChange({ ...filter, levels: STUDIO_LEVELS.filter((l) => levels.includes(l)) });
  };
  const search = (event: FormEvent<HTMLFormElement>) => onChange({ ...filter, name: submittedName(event) });

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
      <FacetSelect label={t('common.occupation')} testId="filter-occupation" value={filter.occupation} unavailable={missing(data?.occupations, 'enterprise-classes')} all={t('studios.allOccupations')} onChange={(occupation) => onChange({ ...filter, occupation })}>
        <Options items={data?.occupations} value={(o) => o.code} label={(o) => bilingual(o.name, o.nameEn)} />
      </FacetSelect>
      <FacetSelect label={t('common.industry')} testId="filter-industry" value={filter.industry} unavailable={missing(data?.industries, 'enterprise-classes')} all={t('studios.allIndustries')} onChange={(industry) => onChange({ ...filter, industry })}>
        <Options items={data?.industries} value={(i) => i.code} label={(i) => bilingual(i.name, i.nameEn)} />
      </FacetSelect>
      <FacetSelect label={t('common.town')} testId="filter-town" value={filter.town} unavailable={missing(data?.towns, 'master-studios')} all={t('studios.allTowns')} onChange={(town) => onChange({ ...filter, town })}>
        <Options items={data?.towns} label={(town) => town} />
        <option value={TOWN_NOT_STATED}>{t('common.notStated')}</option>
      </FacetSelect>
      <NameSearch value={filter.name} placeholder={t('studios.namePlaceholder')} />
      <div className="filter-row">
        <HideGeneratedSwitch checked={filter.hideGenerated ?? false} onChange={(hide) => onChange({ ...filter, hideGenerated: hide || undefined })} />
        <FilterSwitch label={t('studios.hideRetired')} checked={filter.hideRetired ?? false} onChange={(hide) => onChange({ ...filter, hideRetired: hide || undefined })} testId="hide-retired" />
      </div>
      <a className="clear" href={hrefFor({ name: 'studios', filter: { levels: [] }, position: FIRST_PAGE })} data-testid="clear-filters">
        {t('studios.clear')}
      </a>
    </form>
  );
}

interface FacetSelectProps {
  label: string;
  testId: string;
  value?: string;
  all: string;
  /** The registry whose choices did not come. */
  unavailable?: Registry;
  onChange: (value: string | undefined) => void;
  children: ReactNode;
}

/**
 * One labelled facet: its first option means "any", which leaves the facet out of the filter.
 * Without its choices it keeps the value the address holds (as its code), so that filter still
 * applies and can be cleared.
 */
function FacetSelect({ label, testId, value, all, unavailable, onChange, children }: FacetSelectProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={testId} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{all}</option>
        {children}
        {unavailable && value && value !== TOWN_NOT_STATED && <option value={value}>{value}</option>}
      </select>
      {unavailable && <ChoicesUnavailable registry={unavailable} />}
    </>
  );
}
