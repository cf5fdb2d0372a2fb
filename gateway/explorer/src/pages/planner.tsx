import type { TFunction } from 'i18next';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ExportTools } from '../components/export-tools.tsx';
import { HideGeneratedSwitch } from '../components/filter-switch.tsx';
import { Bilingual, CardTitle } from '../components/names.tsx';
import { Options } from '../components/options.tsx';
import { ChoicesUnavailable, choicesMissing, MissingRecord, QueryState } from '../components/query-state.tsx';
import { GeneratedTag, InferredTag, LevelBadge } from '../components/tags.tsx';
import { classColumns, majorColumns } from '../export/columns.ts';
import type { Column } from '../export/table.ts';
import { type Formatters, useFormat } from '../format.ts';
import { graphql } from '../gql/index.ts';
import type { PlannerQuery as PlannerResult } from '../gql/graphql.ts';
import { bilingual, inLanguage } from '../labels.ts';
import { keepShown, SHOWN_WHEN_HIDING } from '../provenance.ts';
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
  query Planner($industry: String!, $provenances: [Provenance!]) {
    industry(code: $industry) {
      code
      name
      nameEn
      majors(provenances: $provenances) {
        ...MajorRowFields
      }
      enterpriseClasses(provenances: $provenances) {
        id
        name
        industryInferred
        industryNote
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
          industryInferred
          industryNote
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

type Plan = NonNullable<PlannerResult['industry']>;
type OrderClass = Plan['enterpriseClasses'][number];
type Partner = NonNullable<OrderClass['partnerEnterprise']>;

interface Props {
  industry?: string;
  showGenerated: boolean;
}

export function Planner({ industry, showGenerated }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [industries] = useQuery({ query: PlannerIndustriesQuery });
  const choices = industries.data?.industries;
  return (
    <>
      <h1>{t('planner.heading')}</h1>
      <div className="filters" data-testid="planner-filters">
        <label htmlFor={`${id}-industry`}>{t('common.industry')}</label>
        <select
          id={`${id}-industry`}
          data-testid="planner-industry"
          value={industry ?? ''}
          onChange={(e) => {
            window.location.hash = hrefFor({ name: 'planner', industry: e.target.value || undefined, showGenerated: showGenerated || undefined });
          }}
        >
          <option value="">{t('planner.pick')}</option>
          <Options items={choices} value={(i) => i.code} label={(i) => `${bilingual(i.name, i.nameEn)}${i.priority ? ` ${t('planner.priority')}` : ''}`} />
        </select>
        {choicesMissing(industries, choices) && <ChoicesUnavailable registry="enterprise-classes" />}
        <div className="filter-row">
          <HideGeneratedSwitch
            checked={!showGenerated}
            onChange={(hide) => {
              window.location.hash = hrefFor({ name: 'planner', industry, showGenerated: !hide || undefined });
            }}
          />
        </div>
      </div>
      {industry ? <PlanView key={industry} industry={industry} hideGenerated={!showGenerated} /> : <p className="notice">{t('planner.prompt')}</p>}
    </>
  );
}

// Majors and classes are filtered by the API; their partners, reached through the classes, here.
function PlanView({ industry, hideGenerated }: { industry: string; hideGenerated: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [result] = useQuery({ query: PlannerQuery, variables: { industry, provenances: hideGenerated ? SHOWN_WHEN_HIDING : undefined } });
  const plan = result.data?.industry;
  if (!plan) {
    return <MissingRecord result={result} notFound={t('planner.notFound', { code: industry })} />;
  }
  const majors = plan.majors;
  const classes = plan.enterpriseClasses;
  const partners = keepShown(uniqueById(classes.flatMap((c) => c.partnerEnterprise ?? [])), hideGenerated);
  const partnersMissing = classes.some((c) => !c.partnerEnterprise);
  const pay = t('registry.pay-policies');
  const title = (part: string) => `${inLanguage(plan, i18n.resolvedLanguage === 'en')} · ${part}`;

  return (
    <div className="grid">
      <div className="grid-heading">
        <QueryState result={result} />
        <h2>
          <Bilingual name={plan.name} nameEn={plan.nameEn} />
        </h2>
      </div>
      <PlanSection name="majors" className="card" heading={t('planner.majors', { count: majors.length })} title={title(t('planner.majorsTable'))} columns={majorColumns(t)} rows={majors} hideGenerated={hideGenerated}>
        <ul className="plain screen-only">
          {majors.map((m) => (
            <li key={m.id}>
              <span lang="zh-CN">{m.name}</span> {m.isNew && <span className="badge badge-new">{t('planner.newMajor')}</span>}{' '}
              <GeneratedTag provenance={m.provenance} />
              {m.nameEn && (
                <div className="subtitle" lang="en">
                  {m.nameEn}
                </div>
              )}
              {m.occupationalStandard && <div className="subtitle">{t('planner.alignedTo', { standard: m.occupationalStandard })}</div>}
            </li>
          ))}
        </ul>
      </PlanSection>

      <PlanSection name="classes" className="card card-wide" heading={t('planner.classes', { count: classes.length })} title={title(t('planner.classesTable'))} columns={classColumns(t)} rows={classes} hideGenerated={hideGenerated}>
        <div className="table-scroll screen-only">
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('columns.class')}</th>
                <th scope="col">{t('columns.partner')}</th>
                <th scope="col">{t('columns.major')}</th>
                <th scope="col">{t('columns.school')}</th>
                <th scope="col">{t('columns.cohort')}</th>
                <th scope="col">{t('columns.seats')}</th>
              </tr>
            </thead>
            <tbody>
              {classes.map((c) => (
                <tr key={c.id}>
                  <td data-label={t('columns.class')}>
                    {c.name} <GeneratedTag provenance={c.provenance} /> <InferredTag inferred={c.industryInferred} note={c.industryNote} />
                  </td>
                  <td data-label={t('columns.partner')}>
                    {c.partnerEnterprise ? (
                      <a href={hrefFor({ name: 'enterprise', id: c.partnerEnterprise.id })}>{c.partnerEnterprise.name}</a>
                    ) : (
                      <span className="subtitle">{t('registry.unavailable', { registry: pay })}</span>
                    )}
                  </td>
                  <td data-label={t('columns.major')}>{c.major?.name ?? t('common.dash')}</td>
                  <td data-label={t('columns.school')}>{c.school.name}</td>
                  <td data-label={t('columns.cohort')}>{c.cohortYear ?? t('common.dash')}</td>
                  <td data-label={t('columns.seats')}>{c.seats != null ? format.number(c.seats) : t('common.dash')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </PlanSection>

      <PlanSection
        name="partners"
        className="card-wide"
        heading={t('planner.partners', { count: partners.length })}
        title={title(t('planner.partnersList'))}
        columns={partnerColumns(t, format)}
        rows={partners}
        hideGenerated={hideGenerated}
        notice={partnersMissing && <p className="subtitle">{t('registry.unavailable', { registry: pay })}</p>}
      >
        <ul className="cards screen-only" aria-label={t('planner.partnersList')} data-testid="partner-cards">
          {partners.map((p) => (
            <PartnerCard key={p.id} partner={p} />
          ))}
        </ul>
      </PlanSection>
    </div>
  );
}

interface PlanSectionProps<Row> {
  /** `plan-${name}` is the section's id and test id, `name` its export's test id. */
  name: 'majors' | 'classes' | 'partners';
  className: string;
  heading: string;
  /** The export's title. */
  title: string;
  columns: Column<Row>[];
  /** Every row of the plan: the section shows and exports them all; with none, it says why instead of its children. */
  rows: Row[];
  hideGenerated: boolean;
  /** Said above the rows, and instead of "none" when there are none: a registry that did not answer. */
  notice?: ReactNode;
  children: ReactNode;
}

/** One part of the plan, with the export of its rows under the heading. */
function PlanSection<Row>({ name, className, heading, title, columns, rows, hideGenerated, notice, children }: PlanSectionProps<Row>) {
  const { t } = useTranslation();
  return (
    <section className={className} aria-labelledby={`plan-${name}`} data-testid={`plan-${name}`}>
      <h3 id={`plan-${name}`}>{heading}</h3>
      <ExportTools key={`${name}-${hideGenerated}`} title={title} columns={columns} shown={rows} total={rows.length} loadAll={async () => rows} testId={name} />
      {notice}
      {rows.length > 0 ? children : !notice && <p className="subtitle" data-testid={`${name}-none`}>{t(hideGenerated ? 'planner.onlyGenerated' : 'planner.none')}</p>}
    </section>
  );
}

function PartnerCard({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="card partner-card">
      <CardTitle href={hrefFor({ name: 'enterprise', id: partner.id })} name={partner.name} nameEn={partner.nameEn} />
      <GeneratedTag provenance={partner.provenance} /> <InferredTag inferred={partner.industryInferred} note={partner.industryNote} />
      <h4>{t('planner.pay')}</h4>
      {partner.payPolicies.length ? (
        <ul className="plain">
          {partner.payPolicies.map((p) => (
            <li key={`${p.scope}-${p.effectiveYear}`}>{payLine(t, format, p)}</li>
          ))}
        </ul>
      ) : (
        <p className="subtitle">{t('planner.noPay')}</p>
      )}
      <h4>{t('planner.studiosHosted')}</h4>
      {!partner.studios ? (
        <p className="subtitle">{t('registry.unavailable', { registry: t('registry.master-studios') })}</p>
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
        <p className="subtitle">{t('common.none')}</p>
      )}
    </li>
  );
}

type PayPolicy = Partner['payPolicies'][number];

const payLine = (t: TFunction, format: Formatters, p: PayPolicy) =>
  t('planner.payLine', { scope: t(`policyScope.${p.scope}`), uplift: format.uplift(p.upliftMinPercent, p.upliftMaxPercent), year: p.effectiveYear });

function partnerColumns(t: TFunction, format: Formatters): Column<Partner>[] {
  return [
    { header: t('columns.name'), value: (p) => p.name },
    { header: t('columns.nameEn'), value: (p) => p.nameEn },
    { header: t('columns.payPolicies'), value: (p) => p.payPolicies.map((policy) => payLine(t, format, policy)).join(t('common.itemSeparator')) },
    {
      header: t('columns.studios'),
      value: (p) => p.studios?.map((s) => t('planner.studioWithLevel', { name: s.name, level: t(`level.${s.level}`) })).join(t('common.itemSeparator')),
    },
    { header: t('columns.provenance'), value: (p) => t(`provenance.${p.provenance}`) },
  ];
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
