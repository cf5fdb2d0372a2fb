// A studio as the directory lists, exports and prints it.
import type { TFunction } from 'i18next';
import type { Column } from '../export/table.ts';
import { graphql } from '../gql/index.ts';
import { dayInXiaoshan } from '../format.ts';
import { inLanguage } from '../labels.ts';
import type { StudioRowFieldsFragment } from '../gql/graphql.ts';

export const StudioRowFields = graphql(`
  fragment StudioRowFields on MasterStudio {
    id
    name
    nameEn
    kind
    level
    town
    recognisedYear
    provenance
    retiredAt
    leader {
      name
    }
    occupation {
      name
      nameEn
    }
    industry {
      name
      nameEn
    }
    hostEnterprise {
      id
      name
      nameEn
    }
    hostSchool {
      name
      nameEn
    }
    campusSchool {
      name
    }
  }
`);

/** Every studio the filter selects, a page at a time (the export reads them all). */
export const StudioExportQuery = graphql(`
  query StudioExport($filter: MasterStudioFilter, $first: Int, $after: String) {
    masterStudios(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
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

export type StudioRow = StudioRowFieldsFragment;

export function studioColumns(t: TFunction, english: boolean): Column<StudioRow>[] {
  return [
    { header: t('columns.id'), value: (s) => s.id },
    { header: t('columns.name'), value: (s) => s.name },
    { header: t('columns.nameEn'), value: (s) => s.nameEn },
    { header: t('columns.level'), value: (s) => t(`level.${s.level}`) },
    { header: t('columns.kind'), value: (s) => t(`studioKind.${s.kind}`) },
    { header: t('columns.leader'), value: (s) => s.leader?.name },
    { header: t('columns.occupation'), value: (s) => inLanguage(s.occupation, english) },
    { header: t('columns.industry'), value: (s) => inLanguage(s.industry, english) },
    { header: t('columns.hostEnterprise'), value: (s) => s.hostEnterprise?.name },
    { header: t('columns.hostSchool'), value: (s) => s.hostSchool?.name },
    { header: t('columns.campus'), value: (s) => s.campusSchool?.name },
    { header: t('columns.town'), value: (s) => s.town },
    { header: t('columns.recognisedYear'), value: (s) => s.recognisedYear },
    { header: t('columns.retiredOn'), value: (s) => s.retiredAt && dayInXiaoshan(s.retiredAt) },
    { header: t('columns.provenance'), value: (s) => t(`provenance.${s.provenance}`) },
  ];
}
