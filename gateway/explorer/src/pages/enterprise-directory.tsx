import { type FormEvent, Fragment } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { DirectoryResults } from '../components/directory-results.tsx';
import { HideGeneratedSwitch } from '../components/filter-switch.tsx';
import { NameSearch, submittedName } from '../components/name-search.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { pageArguments, useFirstPageOnRefusedCursor } from '../components/pager.tsx';
import { QueryState } from '../components/query-state.tsx';
import { GeneratedTag } from '../components/tags.tsx';
import { fetchAllPages } from '../export/all-pages.ts';
import type { Column } from '../export/table.ts';
import { graphql } from '../gql/index.ts';
import type { EnterpriseRowFieldsFragment } from '../gql/graphql.ts';
import { inLanguage } from '../labels.ts';
import { provenanceFilter } from '../provenance.ts';
import { FIRST_PAGE, hrefFor, type PagePosition } from '../route.ts';
import { may, useSession } from '../session/session.ts';

const PAGE_SIZE = 20;

export const EnterpriseRowFields = graphql(`
  fragment EnterpriseRowFields on Enterprise {
    id
    name
    nameEn
    town
    creditCode
    provenance
    industry {
      name
      nameEn
    }
  }
`);

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
          ...EnterpriseRowFields
        }
      }
    }
  }
`);

/** Every enterprise the filter selects, a page at a time (the export reads them all). */
const EnterpriseExportQuery = graphql(`
  query EnterpriseExport($filter: EnterpriseFilter, $first: Int, $after: String) {
    enterprises(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...EnterpriseRowFields
        }
      }
    }
  }
`);

interface Props {
  search?: string;
  hideGenerated: boolean;
  position: PagePosition;
}

export function EnterpriseDirectory({ search, hideGenerated, position }: Props) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const session = useSession();
  const filter = { ...(search && { nameContains: search }), ...provenanceFilter(hideGenerated) };
  const [result] = useQuery({
    query: EnterpriseDirectoryQuery,
    variables: { filter, ...pageArguments(position, PAGE_SIZE) },
  });
  const resetting = useFirstPageOnRefusedCursor(result.error, position, hrefFor({ name: 'enterprises', search, hideGenerated: hideGenerated || undefined, position: FIRST_PAGE }));
  const go = (next: { search?: string; hideGenerated?: boolean }) => {
    window.location.hash = hrefFor({ name: 'enterprises', search, hideGenerated: hideGenerated || undefined, ...next, position: FIRST_PAGE });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => go({ search: submittedName(event) });
  const enterprises = result.data?.enterprises;
  const shown = enterprises?.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageHeading
        title={t('enterprises.heading')}
        action={may.editEnterprises(session) && { href: hrefFor({ name: 'new-enterprise' }), label: t('newEnterprise.link'), testId: 'register-enterprise' }}
      />
      <form className="filters" role="search" aria-label={t('enterprises.find')} onSubmit={submit} data-testid="enterprise-filters">
        <NameSearch value={search} placeholder={t('enterprises.placeholder')} />
        <div className="filter-row">
          <HideGeneratedSwitch checked={hideGenerated} onChange={(hide) => go({ hideGenerated: hide || undefined })} />
        </div>
      </form>
      {!resetting && <QueryState result={result} />}
      {enterprises && (
        <DirectoryResults
          name="enterprise"
          fetching={result.fetching}
          count={t('enterprises.count', { count: enterprises.totalCount })}
          connection={enterprises}
          exports={{
            title: t('enterprises.heading'),
            columns: enterpriseColumns(t, i18n.resolvedLanguage === 'en'),
            shown,
            loadAll: (reading) => fetchAllPages(client, EnterpriseExportQuery, { filter }, (data) => data.enterprises, reading),
            testId: 'enterprises',
          }}
          selection={hrefFor({ name: 'enterprises', search, hideGenerated, position: FIRST_PAGE })}
          position={position}
          pageSize={PAGE_SIZE}
          hrefAt={(at) => hrefFor({ name: 'enterprises', search, hideGenerated: hideGenerated || undefined, position: at })}
          none={{ message: t('enterprises.noneFound'), clearHref: hrefFor({ name: 'enterprises', position: FIRST_PAGE }) }}
        >
          <ul className="rows screen-only" aria-label={t('enterprises.list')} data-testid="enterprise-rows">
            {shown.map((node) => (
              <li key={node.id}>
                <a href={hrefFor({ name: 'enterprise', id: node.id })} lang="zh-CN">
                  {node.name}
                </a>{' '}
                <GeneratedTag provenance={node.provenance} />
                <div className="subtitle">
                  {[node.nameEn && <span lang="en">{node.nameEn}</span>, node.industry && <IndustryName industry={node.industry} />, node.town]
                    .filter(Boolean)
                    .map((part, i) => (
                      <Fragment key={i}>
                        {i > 0 && ' · '}
                        {part}
                      </Fragment>
                    ))}
                </div>
              </li>
            ))}
          </ul>
        </DirectoryResults>
      )}
    </>
  );
}

/** An enterprise's industry in the interface language: its English name in English where it has one. */
function IndustryName({ industry }: { industry: { name: string; nameEn: string | null } }) {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' && industry.nameEn ? <span lang="en">{industry.nameEn}</span> : <span lang="zh-CN">{industry.name}</span>;
}

function enterpriseColumns(t: TFunction, english: boolean): Column<EnterpriseRowFieldsFragment>[] {
  return [
    { header: t('columns.id'), value: (e) => e.id },
    { header: t('columns.name'), value: (e) => e.name },
    { header: t('columns.nameEn'), value: (e) => e.nameEn },
    { header: t('columns.industry'), value: (e) => inLanguage(e.industry, english) },
    { header: t('columns.town'), value: (e) => e.town },
    { header: t('columns.creditCode'), value: (e) => e.creditCode, code: true },
    { header: t('columns.provenance'), value: (e) => t(`provenance.${e.provenance}`) },
  ];
}
