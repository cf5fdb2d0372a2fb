import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Fact } from '../components/fact.tsx';
import { CardTitle } from '../components/names.tsx';
import { QueryState } from '../components/query-state.tsx';
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
              <Fact label={t('schools.partnerships')}>
                {t('schools.sizes', { colleges: s.industryColleges.length, majors: s.majors.length, classes: s.enterpriseClasses.length, partners: s.partnerEnterprises.length })}
              </Fact>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
