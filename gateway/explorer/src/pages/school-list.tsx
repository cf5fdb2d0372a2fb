import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Fact } from '../components/fact.tsx';
import { CardTitle } from '../components/names.tsx';
import { QueryState } from '../components/query-state.tsx';
import { useFormat } from '../format.ts';
import { graphql } from '../gql/index.ts';
import { hrefFor } from '../route.ts';

const SchoolListQuery = graphql(`
  query SchoolList {
    schools {
      id
      name
      nameEn
      kind
      town
      industryColleges {
        id
      }
      majors {
        id
      }
      enterpriseClasses {
        id
      }
      partnerEnterprises {
        id
      }
    }
  }
`);

/** The partnership schools (the registry holds a few), each with the size of its partnerships. */
export function SchoolList() {
  const { t } = useTranslation();
  const format = useFormat();
  const [result] = useQuery({ query: SchoolListQuery });
  return (
    <>
      <h1>{t('schools.heading')}</h1>
      <QueryState result={result} />
      <ul className="cards" aria-label={t('schools.heading')} data-testid="school-cards">
        {result.data?.schools?.map((s) => (
          <li key={s.id} className="card">
            <CardTitle href={hrefFor({ name: 'school', id: s.id })} name={s.name} nameEn={s.nameEn} />
            <div className="tags">
              <span className="badge">{t(`schoolKind.${s.kind}`)}</span>
            </div>
            <dl className="facts">
              <Fact label={t('common.town')}>{s.town}</Fact>
              <Fact label={t('schools.countColleges')}>{format.number(s.industryColleges.length)}</Fact>
              <Fact label={t('schools.countMajors')}>{format.number(s.majors.length)}</Fact>
              <Fact label={t('schools.countClasses')}>{format.number(s.enterpriseClasses.length)}</Fact>
              <Fact label={t('schools.countPartners')}>{format.number(s.partnerEnterprises.length)}</Fact>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
