import { useId } from 'react';
import { useQuery } from 'urql';
import { QueryState } from '../components/query-state.tsx';
import { GeneratedTag, LevelBadge } from '../components/tags.tsx';
import { graphql } from '../gql/index.ts';
import type { PlannerQuery as PlannerResult } from '../gql/graphql.ts';
import { bilingual, formatUplift, POLICY_SCOPE_LABELS } from '../labels.ts';
import { hrefFor } from '../route.ts';

const PlannerIndustriesQuery = graphql(`
  query PlannerIndustries {
    industries {
      code
      name
      nameEn
      priority
    }
  }
`);

/** The whole plan for one industry, across the three registries, in one request. */
const PlannerQuery = graphql(`
  query Planner($industry: String!) {
    industry(code: $industry) {
      code
      name
      nameEn
      majors {
        id
        name
        nameEn
        isNew
        occupationalStandard
        introducedYear
      }
      enterpriseClasses {
        id
        name
        cohortYear
        seats
        provenance
        school {
          name
        }
        major {
          name
        }
        partnerEnterprise {
          id
          name
          nameEn
          provenance
          payPolicies {
            scope
            upliftMinPercent
            upliftMaxPercent
            effectiveYear
          }
          studios {
            id
            name
            level
            leader {
              name
            }
          }
        }
      }
    }
  }
`);

type Partner = NonNullable<NonNullable<PlannerResult['industry']>['enterpriseClasses'][number]['partnerEnterprise']>;

export function Planner({ industry }: { industry?: string }) {
  const id = useId();
  const [{ data }] = useQuery({ query: PlannerIndustriesQuery });
  return (
    <>
      <h1>Programme planner</h1>
      <div className="filters">
        <label htmlFor={`${id}-industry`}>Industry</label>
        <select
          id={`${id}-industry`}
          value={industry ?? ''}
          onChange={(e) => {
            window.location.hash = hrefFor({ name: 'planner', industry: e.target.value || undefined });
          }}
        >
          <option value="">Pick an industry…</option>
          {data?.industries.map((i) => (
            <option key={i.code} value={i.code}>
              {bilingual(i.name, i.nameEn)}
              {i.priority ? ' ★ priority' : ''}
            </option>
          ))}
        </select>
      </div>
      {industry ? (
        <Plan key={industry} industry={industry} />
      ) : (
        <p className="notice">Pick an industry to see its majors, order classes, partner enterprises, their studios and pay.</p>
      )}
    </>
  );
}

function Plan({ industry }: { industry: string }) {
  const [result] = useQuery({ query: PlannerQuery, variables: { industry } });
  const plan = result.data?.industry;
  if (!plan) return result.data && !result.error ? <p className="notice">No industry has the code {industry}.</p> : <QueryState result={result} />;
  const partners = uniqueById(plan.enterpriseClasses.flatMap((c) => c.partnerEnterprise ?? []));
  const partnersMissing = plan.enterpriseClasses.some((c) => !c.partnerEnterprise);

  return (
    <div className="grid">
      <div className="grid-heading">
        <QueryState result={result} />
        <h2>{bilingual(plan.name, plan.nameEn)}</h2>
      </div>
      <section className="card" aria-labelledby="plan-majors">
        <h3 id="plan-majors">Majors ({plan.majors.length})</h3>
        <ul className="plain">
          {plan.majors.map((m) => (
            <li key={m.id}>
              {m.name} {m.isNew && <span className="badge badge-new">New major</span>}
              {m.nameEn && <div className="subtitle">{m.nameEn}</div>}
              {m.occupationalStandard && <div className="subtitle">Aligned to {m.occupationalStandard}</div>}
            </li>
          ))}
        </ul>
      </section>

      <section className="card card-wide" aria-labelledby="plan-classes">
        <h3 id="plan-classes">Order classes ({plan.enterpriseClasses.length})</h3>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Class</th>
                <th scope="col">Partner</th>
                <th scope="col">Major</th>
                <th scope="col">School</th>
                <th scope="col">Cohort</th>
                <th scope="col">Seats</th>
              </tr>
            </thead>
            <tbody>
              {plan.enterpriseClasses.map((c) => (
                <tr key={c.id}>
                  <td>
                    {c.name} <GeneratedTag provenance={c.provenance} />
                  </td>
                  <td>
                    {c.partnerEnterprise ? (
                      <a href={hrefFor({ name: 'enterprise', id: c.partnerEnterprise.id })}>{c.partnerEnterprise.name}</a>
                    ) : (
                      <span className="subtitle">The pay-policies registry did not answer</span>
                    )}
                  </td>
                  <td>{c.major?.name ?? '—'}</td>
                  <td>{c.school.name}</td>
                  <td>{c.cohortYear ?? '—'}</td>
                  <td>{c.seats ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card-wide" aria-labelledby="plan-partners">
        <h3 id="plan-partners">Partner enterprises ({partners.length})</h3>
        {partnersMissing && <p className="subtitle">The pay-policies registry did not answer; try again later.</p>}
        <ul className="cards" aria-label="Partner enterprises">
          {partners.map((p) => (
            <PartnerCard key={p.id} partner={p} />
          ))}
        </ul>
      </section>
    </div>
  );
}

function PartnerCard({ partner }: { partner: Partner }) {
  return (
    <li className="card partner-card">
      <a className="card-title" href={hrefFor({ name: 'enterprise', id: partner.id })}>
        {partner.name}
      </a>
      {partner.nameEn && <div className="subtitle">{partner.nameEn}</div>}
      <GeneratedTag provenance={partner.provenance} />
      <h4>Pay for skilled workers</h4>
      {partner.payPolicies.length ? (
        <ul className="plain">
          {partner.payPolicies.map((p) => (
            <li key={`${p.scope}-${p.effectiveYear}`}>
              {POLICY_SCOPE_LABELS[p.scope]}: +{formatUplift(p.upliftMinPercent, p.upliftMaxPercent)} from {p.effectiveYear}
            </li>
          ))}
        </ul>
      ) : (
        <p className="subtitle">No pay policy on record.</p>
      )}
      <h4>Studios hosted</h4>
      {!partner.studios ? (
        <p className="subtitle">The master-studios registry did not answer; try again later.</p>
      ) : partner.studios.length ? (
        <ul className="plain">
          {partner.studios.map((s) => (
            <li key={s.id}>
              <a href={hrefFor({ name: 'studio', id: s.id })}>{s.name}</a> <LevelBadge level={s.level} />
              {s.leader && <span className="subtitle"> · {s.leader.name}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="subtitle">None.</p>
      )}
    </li>
  );
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
