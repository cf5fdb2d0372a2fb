import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { Fact } from '../components/fact.tsx';
import { QueryState } from '../components/query-state.tsx';
import { GeneratedTag, LevelBadge } from '../components/tags.tsx';
import { graphql } from '../gql/index.ts';
import {
  bilingual,
  BODY_KIND_LABELS,
  formatCny,
  formatNumber,
  formatUplift,
  POLICY_SCOPE_LABELS,
  PROGRAMME_KIND_LABELS,
  SUBSIDY_KIND_LABELS,
} from '../labels.ts';
import { hrefFor } from '../route.ts';

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
  const [result] = useQuery({ query: EnterpriseProfileQuery, variables: { id } });
  const e = result.data?.enterprise;
  if (!e) return result.data && !result.error ? <p className="notice">No enterprise has the id {id}.</p> : <QueryState result={result} />;

  return (
    <article className="profile">
      <QueryState result={result} />
      <header>
        <h1>{e.name}</h1>
        {e.nameEn && <p className="subtitle">{e.nameEn}</p>}
        <GeneratedTag provenance={e.provenance} />
        <dl className="facts facts-inline">
          <Fact label="Industry">
            {e.industry && (
              <a href={hrefFor({ name: 'planner', industry: e.industry.code })}>{bilingual(e.industry.name, e.industry.nameEn)}</a>
            )}
          </Fact>
          <Fact label="Town">{e.town}</Fact>
          <Fact label="Credit code">{e.creditCode}</Fact>
        </dl>
      </header>

      <div className="grid">
        <Section id="pay" title="Pay for skilled workers" registry="pay-policies" empty={!e.payPolicies.length}>
          <ul className="plain">
            {e.payPolicies.map((p) => (
              <li key={p.id}>
                {POLICY_SCOPE_LABELS[p.scope]}: +{formatUplift(p.upliftMinPercent, p.upliftMaxPercent)} from {p.effectiveYear}
              </li>
            ))}
          </ul>
        </Section>

        <Section id="promotion" title="Promotion pathways" registry="pay-policies" empty={!e.promotionPathways.length}>
          <ul className="plain">
            {e.promotionPathways.map((p) => (
              <li key={p.id}>
                {p.fromRole} → {p.toRole}
                {p.fromRoleEn && p.toRoleEn && <div className="subtitle">{`${p.fromRoleEn} → ${p.toRoleEn}`}</div>}
                {p.examplePerson && <div>For example {p.examplePerson}{p.honours.length > 0 && `: ${p.honours.join('、')}`}</div>}
              </li>
            ))}
          </ul>
        </Section>

        <Section id="certification" title="Skill-level certification" registry="pay-policies" empty={!e.certificationBodies.length}>
          {e.certificationBodies.map((body) => (
            <div key={body.id}>
              <p>
                {BODY_KIND_LABELS[body.kind]}, pilot since {body.pilotSinceMonth ? `${body.pilotSinceYear}-${String(body.pilotSinceMonth).padStart(2, '0')}` : body.pilotSinceYear}
              </p>
              <ul className="plain">
                {body.batches.map((b) => (
                  <li key={b.id}>
                    {formatNumber(b.peopleCertified)} certified by {b.periodEnd}
                    {b.selfTrained != null && `, ${formatNumber(b.selfTrained)} trained in-house`}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Section>

        <Section id="subsidies" title="Subsidies" registry="pay-policies" empty={!e.subsidies.length}>
          <ul className="plain">
            {e.subsidies.map((s) => (
              <li key={s.id}>
                {SUBSIDY_KIND_LABELS[s.kind]}: {formatCny(s.amountCny)} in {s.year}
              </li>
            ))}
          </ul>
        </Section>

        <Section id="classes" title="Order classes" registry="enterprise-classes" unavailable={!e.enterpriseClasses} empty={!e.enterpriseClasses?.length}>
          <ul className="plain">
            {e.enterpriseClasses?.map((c) => (
              <li key={c.id}>
                {c.name}
                <span className="subtitle">
                  {c.cohortYear != null && ` · cohort ${c.cohortYear}`}
                  {c.seats != null && ` · ${c.seats} seats`}
                </span>
              </li>
            ))}
          </ul>
        </Section>

        <Section id="schools" title="Partner schools and colleges" registry="enterprise-classes" unavailable={!e.partnerSchools || !e.industryColleges} empty={!e.partnerSchools?.length && !e.industryColleges?.length}>
          <ul className="plain">
            {e.partnerSchools?.map((s) => (
              <li key={`school-${s.id}`}>{s.name}</li>
            ))}
            {e.industryColleges?.map((c) => (
              <li key={`college-${c.id}`}>
                {c.name} <span className="subtitle">industry college{c.foundedYear ? `, founded ${c.foundedYear}` : ''}</span>
              </li>
            ))}
          </ul>
        </Section>

        <Section id="training" title="Further study and apprenticeships" registry="enterprise-classes" unavailable={!e.trainingProgrammes} empty={!e.trainingProgrammes?.length}>
          <ul className="plain">
            {e.trainingProgrammes?.map((p) => (
              <li key={p.id}>
                {PROGRAMME_KIND_LABELS[p.kind]}: {p.name}
                {p.participantsAtLeast != null && <div className="subtitle">{`at least ${p.participantsAtLeast} staff`}{p.examplePerson && `, e.g. ${p.examplePerson}`}</div>}
              </li>
            ))}
          </ul>
        </Section>

        <Section id="studios" title="Studios hosted" registry="master-studios" unavailable={!e.studios} empty={!e.studios?.length}>
          <ul className="plain">
            {e.studios?.map((s) => (
              <li key={s.id}>
                <a href={hrefFor({ name: 'studio', id: s.id })}>{s.name}</a> <LevelBadge level={s.level} />
                <div className="subtitle">
                  {[s.leader && `led by ${s.leader.name}`, s.campusSchool && `on the campus of ${s.campusSchool.name}`].filter(Boolean).join(', ')}
                </div>
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </article>
  );
}

interface SectionProps {
  id: string;
  title: string;
  /** The subgraph that answers this part: the profile shows the federation at work. */
  registry: 'pay-policies' | 'enterprise-classes' | 'master-studios';
  empty: boolean;
  /** The registry's fields came back null: it did not answer this time. */
  unavailable?: boolean;
  children: ReactNode;
}

function Section({ id, title, registry, empty, unavailable, children }: SectionProps) {
  return (
    <section className="card" aria-labelledby={`profile-${id}`}>
      <h2 id={`profile-${id}`}>{title}</h2>
      <p className="registry">from the {registry} registry</p>
      {unavailable ? (
        <p className="subtitle">The {registry} registry did not answer; try again later.</p>
      ) : empty ? (
        <p className="subtitle">None on record.</p>
      ) : (
        children
      )}
    </section>
  );
}
