import { useTranslation } from 'react-i18next';
import { Details } from '../components/details.tsx';
import { BilingualLink } from '../components/names.tsx';
import { ProfileSection } from '../components/profile-section.tsx';
import { GeneratedTag } from '../components/tags.tsx';
import { graphql } from '../gql/index.ts';
import type { SchoolResearchFragment } from '../gql/graphql.ts';
import { keepShown } from '../provenance.ts';
import { hrefFor } from '../route.ts';

/** A school's research, read in the school page's request: the summary the article gives, and the projects registered last. */
export const SchoolResearchFields = graphql(`
  fragment SchoolResearch on Query {
    researchOutcomeSummary(schoolId: $id) {
      students
      technicalRenovations
      developedEquipment
      patents
      yearFrom
      yearTo
    }
    researchProjects(schoolId: $id, last: 10) {
      totalCount
      edges {
        node {
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
      }
    }
  }
`);

/** 学生研修成果: what the school's students produced, then its latest projects, newest first. */
export function ResearchSection({ research, hideGenerated }: { research: SchoolResearchFragment; hideGenerated: boolean }) {
  const { t } = useTranslation();
  const { researchOutcomeSummary: summary, researchProjects: projects } = research;
  // The last page holds the projects registered last; newest first reads as a log.
  const latest = keepShown(projects?.edges.map((e) => e.node).reverse() ?? [], hideGenerated);
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
      {projects && projects.totalCount > 0 && (
        <p className="subtitle">
          {projects.totalCount > projects.edges.length
            ? t('schools.researchLatest', { count: projects.totalCount, shown: projects.edges.length })
            : t('schools.researchAll', { count: projects.totalCount })}
          {latest.length < projects.edges.length && t('schools.researchGeneratedHidden')}
        </p>
      )}
      <ul className="plain">
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
