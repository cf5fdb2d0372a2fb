// How long totalCount takes on the large tables: the count statement in the shape Prisma sends
// it (a COUNT over a sub-select), timed by PostgreSQL itself with EXPLAIN ANALYZE.
import pg from 'pg';

export interface CountCase {
  subgraph: string;
  label: string;
  table: string;
  where?: string;
}

export const COUNT_CASES: CountCase[] = [
  { subgraph: 'master-studios', label: 'all studios', table: 'MasterStudio' },
  { subgraph: 'master-studios', label: 'provincial studios (scenario 1)', table: 'MasterStudio', where: `"level" IN ('PROVINCIAL')` },
  { subgraph: 'master-studios', label: 'studios in one town', table: 'MasterStudio', where: `"town" = '瓜沥镇'` },
  { subgraph: 'pay-policies', label: 'all enterprises', table: 'Enterprise' },
  { subgraph: 'pay-policies', label: 'enterprises of one industry', table: 'Enterprise', where: `"industryCode" = 'SMART_VEHICLES'` },
  { subgraph: 'pay-policies', label: 'all pay policies', table: 'PayPolicy' },
  { subgraph: 'enterprise-classes', label: 'all enterprise classes', table: 'EnterpriseClass' },
];

export interface CountTiming {
  case: CountCase;
  rows: number;
  /** The scan that reads the table, e.g. "Index Only Scan MasterStudio_level_id_idx". */
  scan: string;
  /** Median execution time over the runs, in ms. */
  ms: number;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];
const RUNS = 7;

export async function timeCounts(urls: Record<string, string>): Promise<CountTiming[]> {
  const timings: CountTiming[] = [];
  for (const c of COUNT_CASES) {
    const client = new pg.Client({ connectionString: urls[c.subgraph] });
    await client.connect();
    try {
      const sql = `SELECT COUNT(*) FROM (SELECT "id" FROM "public"."${c.table}"${c.where ? ` WHERE ${c.where}` : ''} OFFSET 0) AS "sub"`;
      const times: number[] = [];
      let plan: PlanNode | undefined;
      for (let run = 0; run < RUNS; run++) {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`);
        times.push(rows[0]['QUERY PLAN'][0]['Execution Time']);
        plan = rows[0]['QUERY PLAN'][0].Plan;
      }
      const scanNode = nodesOf(plan!).find((n) => n['Relation Name'] === c.table)!;
      const { rows } = await client.query<{ count: string }>(sql);
      timings.push({
        case: c,
        rows: Number(rows[0].count),
        scan: `${scanNode['Node Type']}${scanNode['Index Name'] ? ` ${scanNode['Index Name']}` : ''}`,
        ms: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)],
      });
    } finally {
      await client.end();
    }
  }
  return timings;
}
