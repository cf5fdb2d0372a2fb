import { useQuery } from 'urql';
import { Fact } from '../components/fact.tsx';
import { Pager, pageArguments } from '../components/pager.tsx';
import { QueryState } from '../components/query-state.tsx';
import { GeneratedTag, LevelBadge } from '../components/tags.tsx';
import { graphql } from '../gql/index.ts';
import type { MasterStudioFilter } from '../gql/graphql.ts';
import { bilingual, formatNumber, STUDIO_KIND_LABELS } from '../labels.ts';
import { FIRST_PAGE, hrefFor, type PagePosition, type StudioFilterState } from '../route.ts';
import { StudioFilters } from './studio-filters.tsx';

const PAGE_SIZE = 12;

const StudioDirectoryQuery = graphql(`
  query StudioDirectory($filter: MasterStudioFilter, $first: Int, $after: String, $last: Int, $before: String) {
    masterStudios(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        startCursor
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          level
          town
          provenance
          leader {
            name
          }
          occupation {
            name
            nameEn
          }
          hostEnterprise {
            id
            name
          }
          hostSchool {
            name
          }
        }
      }
    }
  }
`);

interface Props {
  filter: StudioFilterState;
  position: PagePosition;
}

export function StudioDirectory({ filter, position }: Props) {
  const [result] = useQuery({
    query: StudioDirectoryQuery,
    variables: { filter: toGraphFilter(filter), ...pageArguments(position, PAGE_SIZE) },
  });
  const go = (next: StudioFilterState) => {
    window.location.hash = hrefFor({ name: 'studios', filter: next, position: FIRST_PAGE });
  };
  const studios = result.data?.masterStudios;

  return (
    <>
      <h1>Studio directory</h1>
      <StudioFilters filter={filter} onChange={go} />
      <QueryState result={result} />
      {studios && (
        <section aria-labelledby="studio-results" aria-busy={result.fetching}>
          <h2 id="studio-results" aria-live="polite">
            {formatNumber(studios.totalCount)} {studios.totalCount === 1 ? 'studio' : 'studios'}
          </h2>
          <ul className="cards" aria-label="Studios">
            {studios.edges.map(({ node }) => (
              <li key={node.id} className="card studio-card">
                <a className="card-title" href={hrefFor({ name: 'studio', id: node.id })}>
                  {node.name}
                </a>
                <div className="tags">
                  <LevelBadge level={node.level} />
                  <span className="badge">{STUDIO_KIND_LABELS[node.kind]}</span>
                  <GeneratedTag provenance={node.provenance} />
                </div>
                <dl className="facts">
                  <Fact label="Leader">{node.leader?.name}</Fact>
                  <Fact label="Occupation">{node.occupation && bilingual(node.occupation.name, node.occupation.nameEn)}</Fact>
                  <Fact label="Host">
                    {node.hostEnterprise ? (
                      <a href={hrefFor({ name: 'enterprise', id: node.hostEnterprise.id })}>{node.hostEnterprise.name}</a>
                    ) : (
                      node.hostSchool?.name
                    )}
                  </Fact>
                  <Fact label="Town">{node.town}</Fact>
                </dl>
              </li>
            ))}
          </ul>
          <Pager
            position={position}
            totalCount={studios.totalCount}
            pageSize={PAGE_SIZE}
            pageInfo={studios.pageInfo}
            hrefAt={(at) => hrefFor({ name: 'studios', filter, position: at })}
          />
        </section>
      )}
    </>
  );
}

function toGraphFilter({ levels, occupation, industry, town, name }: StudioFilterState): MasterStudioFilter {
  return {
    levels: levels.length ? levels : undefined,
    occupationCodes: occupation ? [occupation] : undefined,
    industryCodes: industry ? [industry] : undefined,
    towns: town ? [town] : undefined,
    nameContains: name,
  };
}
