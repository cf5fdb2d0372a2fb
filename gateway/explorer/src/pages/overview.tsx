import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from 'urql';
import { QueryState } from '../components/query-state.tsx';
import { graphql } from '../gql/index.ts';
import { formatNumber, LEVEL_LABELS } from '../labels.ts';
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

export function Overview() {
  const [result] = useQuery({ query: OverviewQuery });
  const { data } = result;
  if (!data) return <QueryState result={result} />;

  const levels = data.masterStudioCountsByLevel.map((c) => ({ ...c, label: LEVEL_LABELS[c.level] }));
  const studios = levels.reduce((sum, c) => sum + c.count, 0);
  const summary = data.certificationSummary;
  const certified = [
    { label: 'Trained by their own enterprise', value: summary.selfTrained },
    { label: 'Others (training not stated as in-house)', value: summary.peopleCertified - summary.selfTrained },
  ];
  const targets = data.districtIndicators
    .flatMap((i) => (i.target == null ? [] : [{ label: i.nameEn, name: i.name, target: i.target, achieved: i.value, percent: i.achievedPercent }]))
    .sort((a, b) => b.target - a.target);

  return (
    <>
      <h1>Xiaoshan skills partnerships at a glance</h1>
      <QueryState result={result} />
      <div className="grid grid-halves">
        <section className="card" aria-labelledby="studios-by-level">
          <h2 id="studios-by-level">
            <a href={hrefFor({ name: 'studios', filter: { levels: [] }, position: FIRST_PAGE })}>
              {formatNumber(studios)} master studios
            </a>{' '}
            by level
          </h2>
          <ResponsiveContainer width="100%" height={300}>
            <BarChart data={levels} margin={{ top: 24, right: 8, left: -16, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="count" name="Studios" isAnimationActive={false}>
                {levels.map((c) => (
                  <Cell key={c.level} fill={LEVEL_COLOURS[c.level]} />
                ))}
                <LabelList dataKey="count" position="top" fill={INK} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
          <p className="caption">
            District level or above, named studios and generated placeholders that complete the article's totals.
          </p>
        </section>

        <section className="card" aria-labelledby="certification">
          <h2 id="certification">
            {formatNumber(summary.peopleCertified)} people certified by {formatNumber(summary.pilotUnits)} pilot units
          </h2>
          <ResponsiveContainer width="100%" height={220}>
            <PieChart>
              <Pie data={certified} dataKey="value" nameKey="label" innerRadius="45%" outerRadius="75%" isAnimationActive={false}>
                <Cell fill="#1d4e89" />
                <Cell fill="#b8c7dc" />
                <LabelList dataKey="value" position="outside" fill={INK} formatter={(v) => formatNumber(Number(v))} />
              </Pie>
              <Legend formatter={legendLabel} />
              <Tooltip formatter={(v) => formatNumber(Number(v))} />
            </PieChart>
          </ResponsiveContainer>
          <dl className="figures">
            <Figure label="Certifying enterprises" value={summary.enterpriseBodies} />
            <Figure label="Social evaluation organisations" value={summary.socialEvaluationOrganisations} />
            <Figure label="Enterprises new this year" value={summary.newEnterpriseBodies} />
            {summary.selfTrainedPercent != null && <Figure label="Trained in-house" value={`${summary.selfTrainedPercent}%`} />}
          </dl>
          {summary.periodEnd && <p className="caption">Up to {summary.periodEnd}.</p>}
        </section>

        <section className="card card-wide" aria-labelledby="targets">
          <h2 id="targets">This year's training targets and what was achieved</h2>
          <ResponsiveContainer width="100%" height={90 + 70 * targets.length}>
            <BarChart data={targets} layout="vertical" margin={{ top: 0, right: 48, left: 8, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" tickFormatter={(v) => formatNumber(Number(v))} tick={{ fontSize: 12 }} />
              <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(v) => formatNumber(Number(v))} />
              <Legend formatter={legendLabel} />
              <Bar dataKey="target" name="Target" fill="#b8c7dc" isAnimationActive={false} />
              <Bar dataKey="achieved" name="Achieved" fill="#1d4e89" isAnimationActive={false}>
                <LabelList dataKey="percent" position="right" fill={INK} formatter={(v) => (v == null ? '' : `${Math.round(Number(v))}%`)} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
          <ul className="caption-list">
            {targets.map((t) => (
              <li key={t.label}>
                {t.name} · {t.label}: {formatNumber(t.achieved)} of {formatNumber(t.target)}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}

/** Legend entries in the text colour: recharts would tint them like their series, pale ones unreadable. */
const legendLabel = (value: string) => <span style={{ color: INK }}>{value}</span>;

function Figure({ label, value }: { label: string; value: number | string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{typeof value === 'number' ? formatNumber(value) : value}</dd>
    </div>
  );
}
