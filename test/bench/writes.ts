// npm run bench:writes [-- --writes 200 --writers 1,10,50]
// What a write costs through the gateway: `writers` staff members add `writes` seats between them,
// each to their own order class (no contention); then each adds one seat to the same class at
// once (optimistic concurrency: losers re-read and retry). Prints a table. Not a test: no
// assertions. PGlite by default; TEST_DATABASE_URL=postgres://... for PostgreSQL.
import { parseArgs } from 'node:util';
import { startGraph } from '../support/graph.ts';

const { values } = parseArgs({ options: { writes: { type: 'string', default: '200' }, writers: { type: 'string', default: '1,10,50' } } });
const total = Number(values.writes);
const writerCounts = values.writers.split(',').map(Number);

const graph = await startGraph();
const staff = (n: number) => ({ subject: `bench-${n}`, role: 'COLLEGE_STAFF' as const, schoolId: 1 });
const tokens = await Promise.all(Array.from({ length: Math.max(...writerCounts) }, (_, n) => graph.token(staff(n))));
const classIds: string[] = (await graph.query(`{ enterpriseClasses(first: 100) { edges { node { id } } } }`)).data.enterpriseClasses.edges.map(
  (e: { node: { id: string } }) => e.node.id,
);

const READ = `query ($id: ID!) { enterpriseClass(id: $id) { seats version } }`;
const WRITE = `mutation ($input: UpdateEnterpriseClassInput!) { updateEnterpriseClass(input: $input) { version } }`;

/** Adds one seat to a class, re-reading and retrying on CONFLICT; returns the attempts and latency of the winning one. */
async function addSeat(writer: number, id: string) {
  for (let attempts = 1; ; attempts++) {
    const { data } = await graph.query(READ, { id });
    const started = performance.now();
    const input = { id, version: data.enterpriseClass.version, seats: ((data.enterpriseClass.seats ?? 0) + 1) % 1000 };
    const result = await graph.query(WRITE, { input }, { as: tokens[writer] });
    if (!result.errors) return { attempts, ms: performance.now() - started };
    if (result.errors[0].extensions?.code !== 'CONFLICT') throw new Error(JSON.stringify(result.errors));
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const rows: string[][] = [];
for (const contended of [false, true]) {
  for (const writers of writerCounts) {
    if (!contended && writers > classIds.length) continue;
    const perWriter = contended ? 1 : Math.ceil(total / writers);
    const started = performance.now();
    const results = (
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          const done = [];
          for (let i = 0; i < perWriter; i++) done.push(await addSeat(w, contended ? classIds[0] : classIds[w]));
          return done;
        }),
      )
    ).flat();
    const seconds = (performance.now() - started) / 1000;
    const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
    const attempts = results.reduce((sum, r) => sum + r.attempts, 0);
    rows.push([
      contended ? 'one class' : 'own class', String(writers), String(results.length), (results.length / seconds).toFixed(0),
      percentile(latencies, 50).toFixed(1), percentile(latencies, 99).toFixed(1), (attempts / results.length).toFixed(2),
    ]);
  }
}
await graph.stop();

const header = ['records written', 'writers', 'commits', 'commits/s', 'p50 ms', 'p99 ms', 'attempts per commit'];
console.log(`updateEnterpriseClass through the gateway on ${graph.engine}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
