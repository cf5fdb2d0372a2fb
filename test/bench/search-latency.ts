// Latency of the explorer's one search (CrossRegistrySearch) through the real gateway at the
// article's data (the demo seed), requests one at a time: `npx tsx bench/search-latency.ts [n]`
// in test/ (PGlite; with TEST_DATABASE_URL, PostgreSQL). Prints p50/p95/max in ms, and the same
// for one studio directory page in the same run as a yardstick: on a shared 2-core machine the
// absolute numbers are noisy.
import { loadManifest } from '@partnership/gateway';
import { Kind, parse } from 'graphql';
import { startGraph } from '../support/graph.ts';

const SEARCH = Object.values(loadManifest()).find((document) =>
  parse(document).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === 'CrossRegistrySearch'),
)!;
// What people type: hosts, leaders, trades, towns, English, single characters, misses.
const TEXTS = ['杭齿', '陆立军', '钳工', '瓜沥镇', '电装', 'gearbox', '工作室', '集团', '电工', '专业', 'denso', '杭', '不存在的名称'];
const DIRECTORY = '{ masterStudios(first: 12) { totalCount edges { node { id name leader { name } hostEnterprise { name } } } } }';
const rounds = Number(process.argv[2] ?? 20);

const graph = await startGraph();
async function measure(label: string, run: (text: string) => Promise<{ errors?: unknown }>) {
  for (const text of TEXTS) await run(text); // warm-up
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of TEXTS) {
      const started = performance.now();
      const { errors } = await run(text);
      times.push(performance.now() - started);
      if (errors) throw new Error(JSON.stringify(errors));
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`${label}, ${times.length} requests: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
}
try {
  await measure('CrossRegistrySearch', (text) => graph.query(SEARCH, { text, first: 20 }));
  await measure('studio directory page (yardstick)', () => graph.query(DIRECTORY));
} finally {
  await graph.stop();
}
