import type { FormEvent } from 'react';
import { useQuery } from 'urql';
import { Pager, pageArguments } from '../components/pager.tsx';
import { QueryState } from '../components/query-state.tsx';
import { GeneratedTag } from '../components/tags.tsx';
import { graphql } from '../gql/index.ts';
import { formatNumber } from '../labels.ts';
import { FIRST_PAGE, hrefFor, type PagePosition } from '../route.ts';

const PAGE_SIZE = 20;

const EnterpriseDirectoryQuery = graphql(`
  query EnterpriseDirectory($filter: EnterpriseFilter, $first: Int, $after: String, $last: Int, $before: String) {
    enterprises(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        startCursor
        endCursor
      }
      edges {
        node {
          id
          name
          nameEn
          town
          provenance
          industry {
            name
          }
        }
      }
    }
  }
`);

export function EnterpriseDirectory({ search, position }: { search?: string; position: PagePosition }) {
  const [result] = useQuery({
    query: EnterpriseDirectoryQuery,
    variables: { filter: search ? { nameContains: search } : undefined, ...pageArguments(position, PAGE_SIZE) },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    window.location.hash = hrefFor({ name: 'enterprises', search: text || undefined, position: FIRST_PAGE });
  };
  const enterprises = result.data?.enterprises;

  return (
    <>
      <h1>Enterprises</h1>
      <form className="filters" role="search" aria-label="Find an enterprise" onSubmit={submit}>
        <label htmlFor="enterprise-search">Name</label>
        <div className="search">
          <input id="enterprise-search" name="q" type="search" defaultValue={search ?? ''} key={search ?? ''} placeholder="e.g. 正强 or Denso" />
          <button type="submit">Search</button>
        </div>
      </form>
      <QueryState result={result} />
      {enterprises && (
        <section aria-labelledby="enterprise-results" aria-busy={result.fetching}>
          <h2 id="enterprise-results" aria-live="polite">
            {formatNumber(enterprises.totalCount)} {enterprises.totalCount === 1 ? 'enterprise' : 'enterprises'}
          </h2>
          <ul className="rows" aria-label="Enterprises">
            {enterprises.edges.map(({ node }) => (
              <li key={node.id}>
                <a href={hrefFor({ name: 'enterprise', id: node.id })}>{node.name}</a> <GeneratedTag provenance={node.provenance} />
                <div className="subtitle">{[node.nameEn, node.industry?.name, node.town].filter(Boolean).join(' · ')}</div>
              </li>
            ))}
          </ul>
          <Pager
            position={position}
            totalCount={enterprises.totalCount}
            pageSize={PAGE_SIZE}
            pageInfo={enterprises.pageInfo}
            hrefAt={(at) => hrefFor({ name: 'enterprises', search, position: at })}
          />
        </section>
      )}
    </>
  );
}
