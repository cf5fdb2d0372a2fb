import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Fact } from '../components/fact.tsx';
import { MissingRecord, QueryState } from '../components/query-state.tsx';
import { ProfileSection as Section } from '../components/profile-section.tsx';
import { GeneratedTag, LevelBadge } from '../components/tags.tsx';
import { graphql } from '../gql/index.ts';
import { BilingualLink } from '../components/names.tsx';
import { ProfileHeader } from '../components/profile-header.tsx';
import { useFormat } from '../format.ts';
import { hrefFor } from '../route.ts';
import { EnterpriseEditors } from '../editing/enterprise-editors.tsx';

/** One enterprise as all three registries know it, in one request. */
const EnterpriseProfileQuery = graphql(`
  query EnterpriseProfile($id: ID!) {
    enterprise(id: $id) {
      id
      name
      nameEn
      town
      creditCode
      provenance
      industry {
        code
        name
        nameEn
      }
      payPolicies {
        id
        scope
        upliftMinPercent
        upliftMaxPercent
        effectiveYear
      }
      promotionPathways {
        id
        fromRole
        fromRoleEn
        toRole
        toRoleEn
        examplePerson
        honours
      }
      certificationBodies {
        id
        kind
        pilotSinceYear
        pilotSinceMonth
        batches {
          id
          periodEnd
          peopleCertified
          selfTrained
        }
      }
      subsidies {
        id
        kind
        amountCny
        year
      }
      partnerSchools {
        id
        name
      }
      enterpriseClasses {
        id
        name
        cohortYear
        seats
      }
      industryColleges {
        id
        name
        foundedYear
      }
      trainingProgrammes {
        id
        kind
        name
        participantsAtLeast
        examplePerson
      }
      studios {
        id
        name
        level
        leader {
          name
        }
        campusSchool {
          name
        }
      }
    }
  }
`);

export function EnterpriseProfile({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [result, reexecute] = useQuery({ query: EnterpriseProfileQuery, variables: { id } });
  const e = result.data?.enterprise;
  if (!e) return <MissingRecord result={result} notFound={t('enterprises.notFound', { id })} />;
  const list = (parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(t('common.listSeparator'));

  return (
    <article className="profile">
      <QueryState result={result} />
      <ProfileHeader name={e.name} nameEn={e.nameEn}>
        <GeneratedTag provenance={e.provenance} />
        <dl className="facts facts-inline">
          <Fact label={t('common.industry')}>
            {e.industry && <BilingualLink href={hrefFor({ name: 'planner', industry: e.industry.code })} name={e.industry.name} nameEn={e.industry.nameEn} />}
          </Fact>
          <Fact label={t('common.town')}>{e.town}</Fact>
          <Fact label={t('enterprises.creditCode')}>{e.creditCode}</Fact>
        </dl>
      </ProfileHeader>

      <div className="grid">
        <Section id="pay" title={t('enterprises.pay')} registry="pay-policies" empty={!e.payPolicies.length}>
          <ul className="plain">
            {e.payPolicies.map((p) => (
              <li key={p.id}>
                {t('planner.payLine', { scope: t(`policyScope.${p.scope}`), uplift: format.uplift(p.upliftMinPercent, p.upliftMaxPercent), year: p.effectiveYear })}
              </li>
            ))}
          </ul>
        </Section>

        <Section id="promotion" title={t('enterprises.promotion')} registry="pay-policies" empty={!e.promotionPathways.length}>
          <ul className="plain">
            {e.promotionPathways.map((p) => (
              <li key={p.id}>
                <span lang="zh-CN">
                  {p.fromRole} → {p.toRole}
                </span>
                {p.fromRoleEn && p.toRoleEn && <div className="subtitle" lang="en">{`${p.fromRoleEn} → ${p.toRoleEn}`}</div>}
                {p.examplePerson && (
                  <div>
                    {p.honours.length > 0
                      ? t('enterprises.exampleHonoured', { person: p.examplePerson, honours: p.honours.join(t('common.enumeration')) })
                      : t('enterprises.example', { person: p.examplePerson })}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </Section>

        <Section id="certification" title={t('enterprises.certification')} registry="pay-policies" empty={!e.certificationBodies.length}>
          {e.certificationBodies.map((body) => (
            <div key={body.id}>
              <p>
                {t('enterprises.pilotSince', {
                  kind: t(`bodyKind.${body.kind}`),
                  since: body.pilotSinceMonth ? format.yearMonth(body.pilotSinceYear, body.pilotSinceMonth) : body.pilotSinceYear,
                })}
              </p>
              <ul className="plain">
                {body.batches.map((b) => (
                  <li key={b.id}>
                    {list([
                      t('enterprises.certifiedBy', { count: b.peopleCertified, date: format.date(b.periodEnd) }),
                      b.selfTrained != null && t('enterprises.selfTrained', { count: b.selfTrained }),
                    ])}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Section>

        <Section id="subsidies" title={t('enterprises.subsidies')} registry="pay-policies" empty={!e.subsidies.length}>
          <ul className="plain">
            {e.subsidies.map((s) => (
              <li key={s.id}>{t('enterprises.subsidyLine', { kind: t(`subsidyKind.${s.kind}`), amount: format.cny(s.amountCny), year: s.year })}</li>
            ))}
          </ul>
        </Section>

        <Section id="classes" title={t('enterprises.classes')} registry="enterprise-classes" unavailable={!e.enterpriseClasses} empty={!e.enterpriseClasses?.length}>
          <ul className="plain">
            {e.enterpriseClasses?.map((c) => (
              <li key={c.id}>
                {c.name}
                <span className="subtitle">
                  {c.cohortYear != null && ` · ${t('enterprises.cohort', { year: c.cohortYear })}`}
                  {c.seats != null && ` · ${t('enterprises.seats', { count: c.seats })}`}
                </span>
              </li>
            ))}
          </ul>
        </Section>

        <Section
          id="schools"
          title={t('enterprises.schools')}
          registry="enterprise-classes"
          unavailable={!e.partnerSchools || !e.industryColleges}
          empty={!e.partnerSchools?.length && !e.industryColleges?.length}
        >
          <ul className="plain">
            {e.partnerSchools?.map((s) => (
              <li key={`school-${s.id}`}>
                <a href={hrefFor({ name: 'school', id: s.id })}>{s.name}</a>
              </li>
            ))}
            {e.industryColleges?.map((c) => (
              <li key={`college-${c.id}`}>
                {c.name}{' '}
                <span className="subtitle">
                  {list([t('enterprises.industryCollege'), c.foundedYear != null && t('enterprises.founded', { year: c.foundedYear })])}
                </span>
              </li>
            ))}
          </ul>
        </Section>

        <Section id="training" title={t('enterprises.training')} registry="enterprise-classes" unavailable={!e.trainingProgrammes} empty={!e.trainingProgrammes?.length}>
          <ul className="plain">
            {e.trainingProgrammes?.map((p) => (
              <li key={p.id}>
                {t('enterprises.programme', { kind: t(`programmeKind.${p.kind}`), name: p.name })}
                {p.participantsAtLeast != null && (
                  <div className="subtitle">
                    {list([
                      t('enterprises.atLeast', { count: p.participantsAtLeast }),
                      p.examplePerson && t('enterprises.exampleInList', { person: p.examplePerson }),
                    ])}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </Section>

        <Section id="studios" title={t('enterprises.studiosHosted')} registry="master-studios" unavailable={!e.studios} empty={!e.studios?.length}>
          <ul className="plain">
            {e.studios?.map((s) => (
              <li key={s.id}>
                <a href={hrefFor({ name: 'studio', id: s.id })}>{s.name}</a> <LevelBadge level={s.level} />
                <div className="subtitle">
                  {list([
                    s.leader && t('enterprises.ledBy', { name: s.leader.name }),
                    s.campusSchool && t('enterprises.onCampus', { school: s.campusSchool.name }),
                  ])}
                </div>
              </li>
            ))}
          </ul>
        </Section>
      </div>
      <EnterpriseEditors enterpriseId={e.id} reloadProfile={() => reexecute({ requestPolicy: 'network-only' })} />
    </article>
  );
}
