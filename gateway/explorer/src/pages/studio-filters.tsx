import { type FormEvent, useId } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import type { StudioLevel } from '../gql/graphql.ts';
import { bilingual, LEVEL_LABELS, STUDIO_LEVELS } from '../labels.ts';
import { FIRST_PAGE, hrefFor, type StudioFilterState } from '../route.ts';

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
    masterStudioTowns
  }
`);

/** The directory's filters; every change starts again from the first page. */
export function StudioFilters({ filter, onChange }: { filter: StudioFilterState; onChange: (next: StudioFilterState) => void }) {
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
    <form className="filters" role="search" aria-label="Filter studios" onSubmit={search}>
      <fieldset className="levels">
        <legend>Level</legend>
        {STUDIO_LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            className="chip"
            aria-pressed={filter.levels.includes(level)}
            onClick={() => toggleLevel(level)}
          >
            {LEVEL_LABELS[level]}
          </button>
        ))}
      </fieldset>
      <label htmlFor={`${id}-occupation`}>Occupation</label>
      <select
        id={`${id}-occupation`}
        value={filter.occupation ?? ''}
        onChange={(e) => onChange({ ...filter, occupation: e.target.value || undefined })}
      >
        <option value="">All occupations</option>
        {data?.occupations.map((o) => (
          <option key={o.code} value={o.code}>
            {bilingual(o.name, o.nameEn)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-industry`}>Industry</label>
      <select
        id={`${id}-industry`}
        value={filter.industry ?? ''}
        onChange={(e) => onChange({ ...filter, industry: e.target.value || undefined })}
      >
        <option value="">All industries</option>
        {data?.industries.map((i) => (
          <option key={i.code} value={i.code}>
            {bilingual(i.name, i.nameEn)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-town`}>Town</label>
      <select id={`${id}-town`} value={filter.town ?? ''} onChange={(e) => onChange({ ...filter, town: e.target.value || undefined })}>
        <option value="">All towns</option>
        {data?.masterStudioTowns.map((town) => (
          <option key={town} value={town}>
            {town}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-name`}>Name</label>
      <div className="search">
        <input id={`${id}-name`} name="name" type="search" defaultValue={filter.name ?? ''} key={filter.name ?? ''} placeholder="e.g. 陆立军" />
        <button type="submit">Search</button>
      </div>
      <a className="clear" href={hrefFor({ name: 'studios', filter: { levels: [] }, position: FIRST_PAGE })}>
        Clear filters
      </a>
    </form>
  );
}
