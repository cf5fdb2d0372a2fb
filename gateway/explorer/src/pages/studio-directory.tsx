import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { DirectoryResults } from '../components/directory-results.tsx';
import { Fact } from '../components/fact.tsx';
import { Bilingual, CardTitle } from '../components/names.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { pageArguments, useFirstPageOnRefusedCursor } from '../components/pager.tsx';
import { failedAt, QueryState, RegistryUnavailable } from '../components/query-state.tsx';
import { GeneratedTag, LevelBadge, RetiredTag } from '../components/tags.tsx';
import { fetchAllPages } from '../export/all-pages.ts';
import { graphql } from '../gql/index.ts';
import type { MasterStudioFilter } from '../gql/graphql.ts';
import { provenanceFilter } from '../provenance.ts';
import { may, useSession } from '../session/session.ts';
import { FIRST_PAGE, hrefFor, type PagePosition, type StudioFilterState, TOWN_NOT_STATED } from '../route.ts';
import { StudioFilters } from './studio-filters.tsx';
import { studioColumns, StudioExportQuery } from './studio-rows.ts';

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
          ...StudioRowFields
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
  const { t, i18n } = useTranslation();
  const client = useClient();
  const session = useSession();
  const graphFilter = toGraphFilter(filter);
  const [result] = useQuery({
    query: StudioDirectoryQuery,
    variables: { filter: graphFilter, ...pageArguments(position, PAGE_SIZE) },
  });
  const resetting = useFirstPageOnRefusedCursor(result.error, position, hrefFor({ name: 'studios', filter, position: FIRST_PAGE }));
  const go = (next: StudioFilterState) => {
    window.location.hash = hrefFor({ name: 'studios', filter: next, position: FIRST_PAGE });
  };
  const studios = result.data?.masterStudios;
  const shown = studios?.edges.map((e) => e.node) ?? [];
  // Host enterprises are pay-policies': when it did not answer, a card says so rather than show no host.
  const hostsDown = failedAt(result.error, 'masterStudios', 'edges', 'node', 'hostEnterprise');

  return (
    <>
      <PageHeading
        title={t('studios.heading')}
        action={may.editStudios(session) && { href: hrefFor({ name: 'new-studio' }), label: t('newStudio.link'), testId: 'register-studio' }}
      />
      <StudioFilters filter={filter} onChange={go} />
      {!resetting && <QueryState result={result} />}
      {studios && (
        <DirectoryResults
          name="studio"
          fetching={result.fetching}
          count={t('studios.count', { count: studios.totalCount })}
          connection={studios}
          exports={{
            title: t('studios.heading'),
            columns: studioColumns(t, i18n.resolvedLanguage === 'en'),
            shown,
            loadAll: (reading) => fetchAllPages(client, StudioExportQuery, { filter: graphFilter }, (data) => data.masterStudios, reading),
            testId: 'studios',
          }}
          selection={hrefFor({ name: 'studios', filter, position: FIRST_PAGE })}
          position={position}
          pageSize={PAGE_SIZE}
          hrefAt={(at) => hrefFor({ name: 'studios', filter, position: at })}
          none={{ message: t('studios.noneFound'), clearHref: hrefFor({ name: 'studios', filter: { levels: [] }, position: FIRST_PAGE }) }}
        >
          <ul className="cards screen-only" aria-label={t('studios.list')} data-testid="studio-cards">
            {shown.map((node) => (
              <li key={node.id} className="card studio-card">
                <CardTitle href={hrefFor({ name: 'studio', id: node.id })} name={node.name} nameEn={node.nameEn} />
                <div className="tags">
                  <LevelBadge level={node.level} />
                  <span className="badge">{t(`studioKind.${node.kind}`)}</span>
                  <GeneratedTag provenance={node.provenance} />
                  <RetiredTag retiredAt={node.retiredAt} />
                </div>
                <dl className="facts">
                  <Fact label={t('common.leader')}>{node.leader?.name}</Fact>
                  <Fact label={t('common.occupation')}>
                    {node.occupation && <Bilingual name={node.occupation.name} nameEn={node.occupation.nameEn} />}
                  </Fact>
                  <Fact label={t('common.host')}>
                    {node.hostEnterprise ? (
                      <a href={hrefFor({ name: 'enterprise', id: node.hostEnterprise.id })}>
                        <Bilingual name={node.hostEnterprise.name} nameEn={node.hostEnterprise.nameEn} />
                      </a>
                    ) : node.hostSchool ? (
                      <Bilingual name={node.hostSchool.name} nameEn={node.hostSchool.nameEn} />
                    ) : (
                      hostsDown && <RegistryUnavailable registry="pay-policies" />
                    )}
                  </Fact>
                  <Fact label={t('common.town')}>{node.town}</Fact>
                </dl>
              </li>
            ))}
          </ul>
        </DirectoryResults>
      )}
    </>
  );
}

function toGraphFilter({ levels, occupation, industry, town, name, hideGenerated, hideRetired }: StudioFilterState): MasterStudioFilter {
  return {
    levels: levels.length ? levels : undefined,
    occupationCodes: occupation ? [occupation] : undefined,
    industryCodes: industry ? [industry] : undefined,
    ...(town === TOWN_NOT_STATED ? { townStated: false } : { towns: town ? [town] : undefined }),
    nameContains: name,
    ...provenanceFilter(hideGenerated),
    retired: hideRetired ? false : undefined,
  };
}
