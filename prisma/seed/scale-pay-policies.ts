// Scale rows of the pay-policies registry: enterprises (the ids every registry refers to), their
// pay policies, promotion pathways, certification bodies with quarterly batches, and subsidies.
import type pg from 'pg';
import { ARTICLE_YEAR } from './catalogue.ts';
import { insertRows, perIndex, scaleState, syncSequences, type TableRows } from './scale-insert.ts';
import {
  ARTICLE_LAST_ID,
  between,
  OCCUPATION_CODES,
  pickFor,
  type ScalePlan,
  scaleEnterpriseId,
  scaleEnterpriseProfile,
  scaleLabel,
} from './scale-plan.ts';

const SCOPES = ['HIGH_SKILL_TALENT', 'FRONT_LINE_SKILLED'] as const;
const SUBSIDY_KINDS = ['CERTIFICATION_GRANT', 'HIGH_SKILL_TALENT_SUBSIDY'] as const;
const PATHWAYS = [
  ['一线操作工', 'Front-line operator', '班组长', 'Team leader'],
  ['维修电工', 'Maintenance electrician', '设备主管', 'Equipment supervisor'],
  ['快递员', 'Courier', '站点主管', 'Depot supervisor'],
  ['养老护理员', 'Elderly carer', '护理部主管', 'Nursing supervisor'],
] as const;
/** Ten quarter ends, 2021-06-30 to 2023-09-30: the quarters before the article's October figures. */
const PERIOD_ENDS = Array.from({ length: 10 }, (_, k) => {
  const quarter = k + 1; // quarters since 2021-Q1
  return `${2021 + Math.floor(quarter / 4)}-${['03-31', '06-30', '09-30', '12-31'][quarter % 4]}`;
});

/** Adds the plan's enterprises on top of the article's; returns rows written per table, or null if already there. */
export async function seedPayPoliciesScale(client: pg.ClientBase, plan: ScalePlan): Promise<Record<string, number> | null> {
  const articleEnterprises = ARTICLE_LAST_ID.enterprise;
  if ((await scaleState(client, 'Enterprise', { article: articleEnterprises, scale: plan.enterprises })) === 'done') return null;
  const { rows } = await client.query<{ last: number }>('SELECT MAX(id) AS last FROM "CertificationBody"');
  // Every fifth enterprise certifies skill levels itself; bodies continue the article's ids.
  const bodyId = (n: number) => rows[0].last + 1 + n / 5;
  const written: Record<string, number> = {};
  const load = async (table: string, columns: TableRows['columns'], make: (n: number) => unknown[][]) => {
    written[table] = await insertRows(client, { table, columns, rows: perIndex(plan.enterprises, make) });
  };

  await load('Enterprise', { id: 'int', name: 'text', nameEn: 'text', industryCode: 'text', town: 'text', provenance: '"Provenance"' }, (n) => {
    const { industryCode, town } = scaleEnterpriseProfile(n);
    return [[scaleEnterpriseId(n), `生成企业 ${scaleLabel(n)}`, `Generated enterprise ${scaleLabel(n)}`, industryCode, town, 'GENERATED']];
  });

  await load('PayPolicy', {
    enterpriseId: 'int', scope: '"PolicyScope"', upliftMinPercent: 'numeric', upliftMaxPercent: 'numeric',
    effectiveYear: 'int', provenance: '"Provenance"',
  }, (n) => Array.from({ length: 1 + (n % 2) }, (_, p) => {
    const min = between(n, 40 + p, 3, 10);
    return [scaleEnterpriseId(n), SCOPES[p], min, min + between(n, 42 + p, 2, 8), between(n, 44 + p, 2015, ARTICLE_YEAR), 'GENERATED'];
  }));

  await load('PromotionPathway', {
    enterpriseId: 'int', fromRole: 'text', fromRoleEn: 'text', toRole: 'text', toRoleEn: 'text', honours: 'text[]',
    provenance: '"Provenance"',
  }, (n) => (n % 5 === 1 ? [[scaleEnterpriseId(n), ...pickFor(PATHWAYS, n, 50), [], 'GENERATED']] : []));

  await load('CertificationBody', {
    id: 'int', kind: '"CertificationBodyKind"', name: 'text', nameEn: 'text', enterpriseId: 'int', pilotSinceYear: 'int',
    pilotSinceMonth: 'int', occupationCodes: 'text[]', provenance: '"Provenance"',
  }, (n) => {
    if (n % 5 !== 0) return [];
    const occupations = [...new Set([pickFor(OCCUPATION_CODES, n, 51), pickFor(OCCUPATION_CODES, n, 52)])];
    return [[
      bodyId(n), 'ENTERPRISE', `生成企业 ${scaleLabel(n)}`, `Generated enterprise ${scaleLabel(n)}`, scaleEnterpriseId(n),
      between(n, 53, 2019, 2021), between(n, 54, 1, 12), occupations, 'GENERATED',
    ]];
  });

  await load('CertificationBatch', {
    bodyId: 'int', periodEnd: 'date', peopleCertified: 'int', selfTrained: 'int', provenance: '"Provenance"',
  }, (n) => {
    if (n % 5 !== 0) return [];
    return PERIOD_ENDS.map((periodEnd, k) => {
      const people = between(n, 60 + k, 1, 40);
      return [bodyId(n), periodEnd, people, Math.floor(people * between(n, 70 + k, 30, 90) / 100), 'GENERATED'];
    });
  });

  await load('Subsidy', { kind: '"SubsidyKind"', enterpriseId: 'int', amountCny: 'int', year: 'int', provenance: '"Provenance"' }, (n) =>
    n % 5 === 2 || n % 5 === 4
      ? [[pickFor(SUBSIDY_KINDS, n, 80), scaleEnterpriseId(n), between(n, 81, 10, 200) * 1000, between(n, 82, 2019, ARTICLE_YEAR), 'GENERATED']]
      : []);

  await syncSequences(client, ['Enterprise', 'CertificationBody']);
  return written;
}
