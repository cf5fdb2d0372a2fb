// node test/bench/subgraph-cpu.ts --registry master-studios --other ROOT [--rounds 6 --iterations 20]
// An A/B of one subgraph's execution CPU against another checkout's (e.g. main, with its
// node_modules and generated clients), finer than the bench's mix: no gateway, no HTTP, no
// concurrency. Each side runs in a process of its own, in turns (A B B A ...), and executes the
// fetches the gateway sends for the mix's operations, one after another, on the bench's small
// PostgreSQL databases (`npm run bench` creates them); it prints CPU µs and SQL statements per
// subgraph request of each side, their medians and the ratio. Not a test: no assertions.
// PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:55432/postgres.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { databaseUrl } from '../support/databases.ts';
import { BENCH_SERVER_URL, databaseName } from './databases.ts';
import { LEVELS, PAGE_SIZES, seededRandom } from './mix.ts';

const { values: args } = parseArgs({
  options: {
    registry: { type: 'string', default: 'master-studios' },
    other: { type: 'string' },
    rounds: { type: 'string', default: '6' },
    iterations: { type: 'string', default: '20' },
    // Internal: the process that measures one side.
    side: { type: 'string' },
  },
});

const INDUSTRIES = ['SMART_VEHICLES', 'HIGH_END_EQUIPMENT', 'MODERN_TEXTILES', 'ARTIFICIAL_INTELLIGENCE', 'INTEGRATED_CIRCUITS', 'INTERNET_OF_THINGS', 'ADVANCED_MANUFACTURING'];
const STUDIOS = 76;
const ENTERPRISES = 129;

type Variables = (random: () => number) => Record<string, unknown>;
/** A subgraph fetch of the mix: its document, its variables, and how many of 100 requests send it. */
type Fetch = [query: string, variables: Variables, weight: number];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const id = (random: () => number, count: number) => String(1 + Math.floor(random() * count));
const enterprises = (random: () => number, count: number) => Array.from({ length: count }, () => ({ __typename: 'Enterprise', id: id(random, ENTERPRISES) }));

// What the gateway's plans send each subgraph for the mix's operations (test/bench/mix.ts).
const FETCHES: Record<string, Fetch[]> = {
  'master-studios': [
    [`query($id:ID!){masterStudio(id:$id){id name level town kind leader{name honours{name}} occupation{__typename code} hostEnterprise{__typename id} hostSchool{__typename id} levelHistory{level year}}}`, (r) => ({ id: id(r, STUDIOS) }), 25],
    [`query($levels:[StudioLevel!],$first:Int!){masterStudios(filter:{levels:$levels},first:$first){totalCount pageInfo{hasNextPage endCursor} edges{node{id name level town hostEnterprise{__typename id}}}}}`, (r) => ({ levels: [pick(r, LEVELS)], first: pick(r, PAGE_SIZES) }), 25],
    [`query($r:[_Any!]!){_entities(representations:$r){...on Enterprise{studios{name level leader{name}}}}}`, (r) => ({ r: enterprises(r, 1) }), 20],
    [`query($r:[_Any!]!){_entities(representations:$r){...on Industry{studios{name level}}}}`, (r) => ({ r: [{ __typename: 'Industry', code: pick(r, INDUSTRIES) }] }), 5],
    [`query($r:[_Any!]!){_entities(representations:$r){...on Enterprise{studios{name level}}}}`, (r) => ({ r: enterprises(r, 8) }), 5],
    [`query($r:[_Any!]!){_entities(representations:$r){...on Enterprise{studios{name}}}}`, (r) => ({ r: enterprises(r, 10) }), 10],
    [`query($id:ID!){masterStudio(id:$id){id name level town levelHistory{level year}}}`, (r) => ({ id: id(r, STUDIOS) }), 10],
  ],
  'pay-policies': [
    [`query($r:[_Any!]!){_entities(representations:$r){...on Enterprise{name}}}`, (r) => ({ r: enterprises(r, 1) }), 25],
    [`query($r:[_Any!]!){_entities(representations:$r){...on Enterprise{name}}}`, (r) => ({ r: enterprises(r, 10) }), 25],
    [`query($id:ID!){enterprise(id:$id){__typename id name nameEn provenance industry{__typename code} payPolicies{scope upliftMinPercent upliftMaxPercent} promotionPathways{fromRole toRole} certificationBodies{kind batches{periodEnd peopleCertified}}}}`, (r) => ({ id: id(r, ENTERPRISES) }), 20],
    [`query($r:[_Any!]!){_entities(representations:$r){...on Enterprise{name payPolicies{scope upliftMinPercent upliftMaxPercent}}}}`, (r) => ({ r: enterprises(r, 8) }), 10],
    [`query($i:String!,$first:Int!){enterprises(filter:{industryCodes:[$i]},first:$first){totalCount edges{node{__typename id name town payPolicies{scope upliftMinPercent}}}}}`, (r) => ({ i: pick(r, INDUSTRIES), first: pick(r, PAGE_SIZES) }), 10],
  ],
  'enterprise-classes': [
    [`query($r:[_Any!]!){_entities(representations:$r){...on Occupation{code name} ...on School{name}}}`, () => ({ r: [{ __typename: 'Occupation', code: 'FITTER' }, { __typename: 'School', id: '1' }] }), 25],
    [`query($r:[_Any!]!){_entities(representations:$r){...on Enterprise{partnerSchools{name} enterpriseClasses{name cohortYear}} ...on Industry{name}}}`, (r) => ({ r: [...enterprises(r, 1), { __typename: 'Industry', code: pick(r, INDUSTRIES) }] }), 20],
    [`query($c:String!){industry(code:$c){name majors{name isNew} enterpriseClasses{name cohortYear seats partnerEnterprise{__typename id}}}}`, (r) => ({ c: pick(r, INDUSTRIES) }), 10],
  ],
};

interface SideResult {
  root: string;
  cpuMicrosPerRequest: number;
  statementsPerRequest: number;
}

async function measureSide(root: string, registry: string, iterations: number): Promise<SideResult> {
  const program = (await import(pathToFileURL(path.join(root, `subgraphs/${registry}/src/schema/index.ts`)).href)).default;
  const kit = await import(pathToFileURL(path.join(root, 'subgraphs/kit/src/index.ts')).href);
  const database = await program.open({ url: databaseUrl(BENCH_SERVER_URL, databaseName('small', registry)) });
  const { run } = kit.subgraphTesting(program);
  const random = seededRandom(13);
  const requests = FETCHES[registry].flatMap(([query, variables, weight]) => Array.from({ length: weight }, () => ({ query, variables: variables(random) })));
  let statements = 0;
  const pass = async () => {
    for (const { query, variables } of requests) {
      const result = await run(database, query, variables);
      if (result.errors) throw new Error(`${root}: ${JSON.stringify(result.errors)}`);
      statements += result.statements;
    }
  };
  // Warm: Prisma's query plans, V8's optimised code, the named statements.
  for (let i = 0; i < 10; i++) await pass();
  statements = 0;
  const before = process.cpuUsage();
  for (let i = 0; i < iterations; i++) await pass();
  const cpu = process.cpuUsage(before);
  await database.close();
  const count = iterations * requests.length;
  return { root, cpuMicrosPerRequest: Math.round((cpu.user + cpu.system) / count), statementsPerRequest: statements / count };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (args.side) {
  console.log(JSON.stringify(await measureSide(args.side, args.registry!, Number(args.iterations))));
} else {
  if (!args.other) throw new Error('--other ROOT: the checkout to compare with');
  if (!FETCHES[args.registry!]) throw new Error(`--registry: one of ${Object.keys(FETCHES).join(', ')}`);
  const ours = path.resolve(import.meta.dirname, '../..');
  const other = path.resolve(args.other);
  const results: SideResult[] = [];
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const root of round % 2 ? [other, ours] : [ours, other]) {
      const output = execFileSync(process.execPath, ['--max-semi-space-size=32', import.meta.filename, '--side', root, '--registry', args.registry!, '--iterations', args.iterations!], { encoding: 'utf8' });
      results.push(JSON.parse(output.trim().split('\n').at(-1)!) as SideResult);
    }
  }
  const summary = (root: string) => {
    const side = results.filter((r) => r.root === root);
    return { cpu: side.map((r) => r.cpuMicrosPerRequest), median: median(side.map((r) => r.cpuMicrosPerRequest)), statements: side[0].statementsPerRequest };
  };
  const [a, b] = [summary(ours), summary(other)];
  console.log(`${args.registry}, CPU µs per subgraph request (median of ${args.rounds}), SQL statements per request`);
  console.log(`  ours  ${ours}: ${a.cpu.join(' ')} -> ${a.median}, ${a.statements.toFixed(2)} statements`);
  console.log(`  other ${other}: ${b.cpu.join(' ')} -> ${b.median}, ${b.statements.toFixed(2)} statements`);
  console.log(`  ours / other: ${(a.median / b.median).toFixed(3)}`);
}
