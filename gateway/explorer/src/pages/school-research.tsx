import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { Details } from '../components/details.tsx';
import { ExportTools } from '../components/export-tools.tsx';
import { BilingualLink } from '../components/names.tsx';
import { ProfileSection } from '../components/profile-section.tsx';
import { GeneratedTag } from '../components/tags.tsx';
import { fetchAllPages } from '../export/all-pages.ts';
import type { Column } from '../export/table.ts';
import { graphql } from '../gql/index.ts';
import type { ResearchRowFieldsFragment as ResearchRow, SchoolResearchFragment } from '../gql/graphql.ts';
import { provenanceFilter } from '../provenance.ts';
import { hrefFor } from '../route.ts';

export const ResearchRowFields = graphql(`
  fragment ResearchRowFields on ResearchProject {
    id
    title
    kind
    year
    provenance
    sourceEnterprise {
      id
      name
      nameEn
    }
    participants {
      id
    }
  }
`);

/** What the overview and a school's page say of research over a span of years. */
export const ResearchSummaryFields = graphql(`
  fragment ResearchSummaryFields on ResearchOutcomeSummary {
    students
    technicalRenovations
    developedEquipment
    patents
    yearFrom
    yearTo
  }
`);

/** A school's research, read in the school page's request: the summary the article gives, and the projects registered last. */
export const SchoolResearchFields = graphql(`
  fragment SchoolResearch on Query {
    researchOutcomeSummary(schoolId: $id) {
      ...ResearchSummaryFields
    }
    researchProjects(schoolId: $id, provenances: $provenances, last: 10) {
      totalCount
      edges {
        node {
          ...ResearchRowFields
        }
      }
    }
  }
`);

const SchoolResearchExportQuery = graphql(`
  query SchoolResearchExport($schoolId: ID!, $provenances: [Provenance!], $first: Int, $after: String) {
    researchProjects(schoolId: $schoolId, provenances: $provenances, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ResearchRowFields
        }
      }
    }
  }
`);

function researchColumns(t: TFunction): Column<ResearchRow>[] {
  return [
    { header: t('columns.id'), value: (p) => p.id },
    { header: t('columns.title'), value: (p) => p.title },
    { header: t('columns.outcome'), value: (p) => t(`researchKind.${p.kind}`) },
    { header: t('columns.year'), value: (p) => p.year },
    { header: t('columns.sourceEnterprise'), value: (p) => p.sourceEnterprise?.name },
    { header: t('columns.participants'), value: (p) => p.participants.length },
    { header: t('columns.provenance'), value: (p) => t(`provenance.${p.provenance}`) },
  ];
}

interface Props {
  school: { id: string; name: string };
  research: SchoolResearchFragment;
  hideGenerated: boolean;
}

/** 学生研修成果: what the school's students produced, then its latest projects, newest first; every project exports. */
export function ResearchSection({ school, research, hideGenerated }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const { researchOutcomeSummary: summary, researchProjects: projects } = research;
  // The last page holds the projects registered last; newest first reads as a log.
  const latest = projects?.edges.map((e) => e.node).reverse() ?? [];
  return (
    <ProfileSection id="research" title={t('schools.research')} registry="enterprise-classes" unavailable={!summary || !projects} empty={false}>
      {summary && (
        <p data-testid="research-summary">
          {summary.technicalRenovations + summary.developedEquipment + summary.patents === 0
            ? t('schools.researchNone', { from: summary.yearFrom, to: summary.yearTo })
            : t('schools.researchSummary', {
                from: summary.yearFrom,
                to: summary.yearTo,
                students: summary.students,
                renovations: summary.technicalRenovations,
                equipment: summary.developedEquipment,
                patents: summary.patents,
              })}
        </p>
      )}
      {projects && (
        <>
          <ExportTools
            key={`research-${hideGenerated}`}
            title={t('schools.researchExport', { school: school.name })}
            columns={researchColumns(t)}
            shown={latest}
            total={projects.totalCount}
            loadAll={(reading) =>
              fetchAllPages(client, SchoolResearchExportQuery, { schoolId: school.id, ...provenanceFilter(hideGenerated) }, (data) => data.researchProjects, reading)
            }
            testId="research"
          />
          <p className="subtitle">
            {projects.totalCount === 0
              ? t(hideGenerated ? 'planner.onlyGenerated' : 'common.none')
              : projects.totalCount > latest.length
                ? t('schools.researchLatest', { count: projects.totalCount, shown: latest.length })
                : t('schools.researchAll', { count: projects.totalCount })}
          </p>
        </>
      )}
      <ul className="plain screen-only">
        {latest.map((p) => (
          <li key={p.id}>
            {p.title} <GeneratedTag provenance={p.provenance} />
            <Details
              lead={p.sourceEnterprise && <BilingualLink href={hrefFor({ name: 'enterprise', id: p.sourceEnterprise.id })} name={p.sourceEnterprise.name} nameEn={p.sourceEnterprise.nameEn} />}
              parts={[
                t(`researchKind.${p.kind}`),
                t('schools.researchYear', { year: p.year }),
                p.participants.length > 0 && t('schools.participants', { count: p.participants.length }),
              ]}
            />
          </li>
        ))}
      </ul>
    </ProfileSection>
  );
}
