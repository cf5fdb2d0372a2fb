// node test/bench/statement-cost.ts [--calls 3000 --rounds 3]
// What one statement costs a subgraph process, layer by layer: the same one-row read of a studio
// through pg alone, through Prisma's raw query, through Prisma's findUnique, and as a GraphQL query
// executed by the master-studios schema. One process, one call at a time, on the bench's small
// databases (made afresh here); prints CPU µs per call, the median of the rounds, which take turns.
// Not a test: no assertions. PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else
// postgres://postgres@127.0.0.1:55432/postgres (`. .ci/postgres.sh` starts one).
import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import pg from 'pg';
import { PUBLIC_ACTOR } from '@partnership/kit';
import masterStudios from '../../subgraphs/master-studios/src/schema/index.ts';
import { BENCH_SERVER_URL, smallDatabases } from './databases.ts';

const { values: args } = parseArgs({ options: { calls: { type: 'string', default: '3000' }, rounds: { type: 'string', default: '3' } } });
const calls = Number(args.calls);
const STUDIOS = 76;
const SQL = 'SELECT * FROM "MasterStudio" WHERE id = $1';

const { urls } = await smallDatabases(BENCH_SERVER_URL);
const database = await masterStudios.open({ url: urls['master-studios'] });
const db = database.client;
const pool = new pg.Pool({ connectionString: urls['master-studios'], max: 1 });
const studioQuery = parse('query ($id: ID!) { masterStudio(id: $id) { id name } }');

const layers: [string, (id: number) => Promise<unknown>][] = [
  ['a one-row SELECT through pg alone (named statement)', (id) => pool.query({ name: 'studio', text: SQL, values: [id] })],
  ["the same SQL through Prisma's $queryRawUnsafe", (id) => db.$queryRawUnsafe(SQL, id)],
  ["Prisma's findUnique of that studio", (id) => db.masterStudio.findUnique({ where: { id } })],
  [
    'masterStudio(id) { id name } executed by graphql-js',
    (id) =>
      Promise.resolve(
        execute({ schema: masterStudios.schema, document: studioQuery, contextValue: masterStudios.createContext(db, PUBLIC_ACTOR), variableValues: { id: String(id) } }),
      ),
  ],
];

/** CPU µs per call over `calls` calls, after a tenth as many unmeasured. */
async function cpuPerCall(call: (id: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < calls / 10; i++) await call(1 + (i % STUDIOS));
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i++) await call(1 + (i % STUDIOS));
  const { user, system } = process.cpuUsage(before);
  return (user + system) / calls;
}

const results = layers.map(() => [] as number[]);
for (let round = 0; round < Number(args.rounds); round++) {
  const order = round % 2 ? [...layers.keys()].reverse() : [...layers.keys()];
  for (const i of order) results[i].push(await cpuPerCall(layers[i][1]));
}
await pool.end();
await database.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`| path | CPU µs per call (median of ${args.rounds}) | rounds |\n| --- | --- | --- |`);
for (const [i, [label]] of layers.entries()) console.log(`| ${label} | ${median(results[i]).toFixed(0)} | ${results[i].map((v) => v.toFixed(0)).join(', ')} |`);
