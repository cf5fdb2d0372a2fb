import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Trans, useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState, RegistryUnavailable } from '../components/query-state.tsx';
import { graphql } from '../gql/index.ts';
import type { OverviewQuery as OverviewQueryResult } from '../gql/graphql.ts';
import { useFormat } from '../format.ts';
import { FIRST_PAGE, hrefFor } from '../route.ts';

const OverviewQuery = graphql(`
  query Overview {
    masterStudioCountsByLevel {
      level
      count
    }
    certificationSummary {
      periodEnd
      enterpriseBodies
      socialEvaluationOrganisations
      pilotUnits
      newEnterpriseBodies
      peopleCertified
      selfTrained
      selfTrainedPercent
    }
    industryColleges {
      id
    }
    majors(isNew: true) {
      id
    }
    enterpriseClasses(first: 0) {
      totalCount
    }
    graduateTeachers {
      id
    }
    researchOutcomeSummary {
      ...ResearchSummaryFields
    }
    districtIndicators {
      code
      name
      nameEn
      value
      target
      achievedPercent
      asOf
    }
  }
`);

const INK = '#1c2430';
const LEVEL_COLOURS = { DISTRICT: '#7a9cc6', CITY: '#3f7cac', PROVINCIAL: '#1d4e89', NATIONAL: '#c8553d' } as const;

type Answer = OverviewQueryResult;

// Each card stands alone: a registry that did not answer leaves its own card with a note, the others show.
export function Overview() {
  const { t } = useTranslation();
  const [result] = useQuery({ query: OverviewQuery });
  const { data } = result;
  if (!data) return <QueryState result={result} />;
  return (
    <>
      <h1>{t('overview.heading')}</h1>
      <QueryState result={result} />
      <div className="grid grid-halves">
        <StudiosByLevel counts={data.masterStudioCountsByLevel} />
        <Certification summary={data.certificationSummary} />
        <Targets indicators={data.districtIndicators} />
        <CollegePartnerships answer={data} />
      </div>
    </>
  );
}

function StudiosByLevel({ counts }: { counts: Answer['masterStudioCountsByLevel'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const number = (v: unknown) => format.number(Number(v));
  const levels = counts?.map((c) => ({ ...c, label: t(`level.${c.level}`) }));
  return (
    <section className="card" aria-labelledby="studios-by-level" data-testid="overview-studios">
      <h2 id="studios-by-level">
        {levels ? (
          <Trans
            i18nKey="overview.studiosByLevel"
            values={{ count: format.number(levels.reduce((sum, c) => sum + c.count, 0)) }}
            components={[<a href={hrefFor({ name: 'studios', filter: { levels: [] }, position: FIRST_PAGE })} />]}
          />
        ) : (
          t('overview.studiosByLevelUnknown')
        )}
      </h2>
      {!levels ? (
        <RegistryUnavailable registry="master-studios" />
      ) : (
        <>
          <ResponsiveContainer width="100%" height={300}>
            <BarChart title={t('overview.studiosByLevelUnknown')} desc={t('overview.chartKeys')} data={levels} margin={{ top: 24, right: 8, left: 0, bottom: 16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} label={{ value: t('overview.levelAxis'), position: 'insideBottom', offset: -12, fontSize: 12 }} />
              <YAxis allowDecimals={false} tickFormatter={number} label={{ value: t('overview.studiosAxis'), angle: -90, position: 'insideLeft', fontSize: 12 }} />
              <Tooltip formatter={number} />
              <Bar dataKey="count" name={t('overview.studiosSeries')} isAnimationActive={false}>
                {levels.map((c) => (
                  <Cell key={c.level} fill={LEVEL_COLOURS[c.level]} />
                ))}
                <LabelList dataKey="count" position="top" fill={INK} formatter={number} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
          <p className="caption">{t('overview.studiosCaption')}</p>
        </>
      )}
    </section>
  );
}

function Certification({ summary }: { summary: Answer['certificationSummary'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const number = (v: unknown) => format.number(Number(v));
  return (
    <section className="card" aria-labelledby="certification" data-testid="overview-certification">
      <h2 id="certification">
        {summary
          ? t('overview.certifiedHeading', { people: format.number(summary.peopleCertified), pilots: format.number(summary.pilotUnits) })
          : t('overview.certifiedUnknown')}
      </h2>
      {!summary ? (
        <RegistryUnavailable registry="pay-policies" />
      ) : (
        <>
          <ResponsiveContainer width="100%" height={220}>
            <PieChart title={t('overview.certifiedUnknown')} desc={t('overview.chartKeys')}>
              <Pie
                data={[
                  { label: t('overview.selfTrained'), value: summary.selfTrained },
                  { label: t('overview.others'), value: summary.peopleCertified - summary.selfTrained },
                ]}
                dataKey="value"
                nameKey="label"
                innerRadius="45%"
                outerRadius="75%"
                isAnimationActive={false}
              >
                <Cell fill="#1d4e89" />
                <Cell fill="#b8c7dc" />
                <LabelList dataKey="value" position="outside" fill={INK} formatter={number} />
              </Pie>
              <Legend formatter={legendLabel} />
              <Tooltip formatter={number} />
            </PieChart>
          </ResponsiveContainer>
          <dl className="figures">
            <Figure label={t('overview.enterpriseBodies')} value={format.number(summary.enterpriseBodies)} />
            <Figure label={t('overview.socialOrganisations')} value={format.number(summary.socialEvaluationOrganisations)} />
            <Figure label={t('overview.newBodies')} value={format.number(summary.newEnterpriseBodies)} />
            {summary.selfTrainedPercent != null && <Figure label={t('overview.selfTrainedShare')} value={format.percent(summary.selfTrainedPercent)} />}
          </dl>
          {summary.periodEnd && <p className="caption">{t('overview.upTo', { date: format.date(summary.periodEnd) })}</p>}
        </>
      )}
    </section>
  );
}

function Targets({ indicators }: { indicators: Answer['districtIndicators'] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const number = (v: unknown) => format.number(Number(v));
  const english = i18n.resolvedLanguage === 'en';
  // Chinese names first: the indicator's own name in Chinese, its English rendering in English.
  const targets = indicators
    ?.flatMap((i) =>
      i.target == null
        ? []
        : [{ code: i.code, label: english ? (i.nameEn ?? i.name) : i.name, name: i.name, nameEn: i.nameEn, target: i.target, achieved: i.value, percent: i.achievedPercent, asOf: i.asOf }],
    )
    .sort((a, b) => b.target - a.target);
  // One date for the chart when the figures share it (as the article's do), else each line its own.
  const dates = new Set(targets?.flatMap((x) => x.asOf ?? []));
  const sharedDate = dates.size === 1 ? [...dates][0] : undefined;
  return (
    <section className="card card-wide" aria-labelledby="targets" data-testid="overview-targets">
      <h2 id="targets">{t('overview.targetsHeading')}</h2>
      {!targets ? (
        <RegistryUnavailable registry="pay-policies" />
      ) : (
        <>
          <ResponsiveContainer width="100%" height={110 + 70 * targets.length}>
            <BarChart title={t('overview.targetsHeading')} desc={t('overview.chartKeys')} data={targets} layout="vertical" margin={{ top: 0, right: 48, left: 8, bottom: 16 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" tickFormatter={number} tick={{ fontSize: 12 }} minTickGap={16} label={{ value: t('overview.peopleAxis'), position: 'insideBottom', offset: -12, fontSize: 12 }} />
              <YAxis type="category" dataKey="label" width={english ? 110 : 130} tick={{ fontSize: 12 }} />
              <Tooltip formatter={number} />
              <Legend formatter={legendLabel} verticalAlign="top" />
              <Bar dataKey="target" name={t('overview.target')} fill="#b8c7dc" isAnimationActive={false} />
              <Bar dataKey="achieved" name={t('overview.achieved')} fill="#1d4e89" isAnimationActive={false}>
                <LabelList dataKey="percent" position="right" fill={INK} formatter={(v) => (v == null ? '' : format.percent(Math.round(Number(v))))} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
          <ul className="caption-list">
            {targets.map((x) => (
              <li key={x.code}>
                {t('overview.targetLine', {
                  name: x.nameEn ? `${x.name} · ${x.nameEn}` : x.name,
                  achieved: format.number(x.achieved),
                  target: format.number(x.target),
                })}
                {!sharedDate && x.asOf && t('overview.lineAsOf', { date: format.date(x.asOf) })}
              </li>
            ))}
          </ul>
          {sharedDate && (
            <p className="caption" data-testid="targets-as-of">
              {t('overview.asOf', { date: format.date(sharedDate) })}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The schools' side of the article (the technician college's): what they built with enterprises, and what their students' research produced. */
function CollegePartnerships({ answer }: { answer: Answer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const number = (v: unknown) => format.number(Number(v));
  const { industryColleges, majors, enterpriseClasses, graduateTeachers, researchOutcomeSummary: research } = answer;
  // These come from one registry together: all answer, or none.
  const answered = industryColleges && majors && enterpriseClasses && graduateTeachers && research;
  const outcomes = research && [
    { label: t('researchKind.TECHNICAL_RENOVATION'), count: research.technicalRenovations },
    { label: t('researchKind.DEVELOPED_EQUIPMENT'), count: research.developedEquipment },
    { label: t('researchKind.PATENT'), count: research.patents },
  ];
  return (
    <section className="card card-wide" aria-labelledby="college-partnerships" data-testid="overview-college">
      <h2 id="college-partnerships">
        <a href={hrefFor({ name: 'schools' })}>{t('overview.collegeHeading')}</a>
      </h2>
      {!answered || !outcomes ? (
        <RegistryUnavailable registry="enterprise-classes" />
      ) : (
        <>
          <dl className="figures">
            <Figure label={t('overview.industryColleges')} value={format.number(industryColleges.length)} />
            <Figure label={t('overview.newMajors')} value={format.number(majors.length)} />
            <Figure label={t('overview.orderClasses')} value={format.number(enterpriseClasses.totalCount)} />
            <Figure label={t('overview.graduateTeachers')} value={format.number(graduateTeachers.length)} />
          </dl>
          <h3>{t('overview.researchHeading', { from: research.yearFrom, to: research.yearTo, students: format.number(research.students) })}</h3>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart title={t('overview.researchChart')} desc={t('overview.chartKeys')} data={outcomes} layout="vertical" margin={{ top: 0, right: 48, left: 8, bottom: 16 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tickFormatter={number} tick={{ fontSize: 12 }} label={{ value: t('overview.projectsAxis'), position: 'insideBottom', offset: -12, fontSize: 12 }} />
              <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12 }} />
              <Tooltip formatter={number} />
              <Bar dataKey="count" name={t('overview.projectsSeries')} fill="#1d4e89" isAnimationActive={false}>
                <LabelList dataKey="count" position="right" fill={INK} formatter={number} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
          <p className="caption">{t('overview.collegeCaption')}</p>
        </>
      )}
    </section>
  );
}

/** Legend entries in the text colour: recharts would tint them like their series, pale ones unreadable. */
const legendLabel = (value: string) => <span style={{ color: INK }}>{value}</span>;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
