// The columns of the lists more than one page exports: a school's or an industry's majors and classes.
import type { TFunction } from 'i18next';
import { graphql } from '../gql/index.ts';
import type { MajorRowFieldsFragment as MajorRow, Provenance } from '../gql/graphql.ts';
import type { Column } from './table.ts';

/** What a major's row shows and exports, read by the pages that list majors. */
export const MajorRowFields = graphql(`
  fragment MajorRowFields on Major {
    id
    name
    nameEn
    isNew
    occupationalStandard
    introducedYear
    provenance
  }
`);

interface ClassRow {
  name: string;
  partnerEnterprise?: { name: string } | null;
  major?: { name: string } | null;
  school: { name: string };
  cohortYear?: number | null;
  seats?: number | null;
  provenance: Provenance;
}

export function majorColumns(t: TFunction): Column<MajorRow>[] {
  return [
    { header: t('columns.name'), value: (m) => m.name },
    { header: t('columns.nameEn'), value: (m) => m.nameEn },
    { header: t('columns.isNew'), value: (m) => t(m.isNew ? 'columns.yes' : 'columns.no') },
    { header: t('columns.standard'), value: (m) => m.occupationalStandard },
    { header: t('columns.introduced'), value: (m) => m.introducedYear },
    { header: t('columns.provenance'), value: (m) => t(`provenance.${m.provenance}`) },
  ];
}

export function classColumns(t: TFunction): Column<ClassRow>[] {
  return [
    { header: t('columns.class'), value: (c) => c.name },
    { header: t('columns.partner'), value: (c) => c.partnerEnterprise?.name },
    { header: t('columns.major'), value: (c) => c.major?.name },
    { header: t('columns.school'), value: (c) => c.school.name },
    { header: t('columns.cohort'), value: (c) => c.cohortYear },
    { header: t('columns.seats'), value: (c) => c.seats },
    { header: t('columns.provenance'), value: (c) => t(`provenance.${c.provenance}`) },
  ];
}
