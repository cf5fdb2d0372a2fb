// Latency of the explorer's one search (CrossRegistrySearch) through the real gateway at the
// article's data (the demo seed), requests one at a time: `npx tsx bench/search-latency.ts [n]`
// in test/. Prints p50/p95/max in ms. On a shared 2-core machine the numbers are noisy.
import { loadManifest } from '@partnership/gateway';
import { Kind, parse } from 'graphql';
import { startGraph } from '../support/graph.ts';

const SEARCH = Object.values(loadManifest()).find((document) =>
  parse(document).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === 'CrossRegistrySearch'),
)!;
// What people type: hosts, leaders, trades, towns, English, single characters, misses.
const TEXTS = ['杭齿', '陆立军', '钳工', '瓜沥镇', '电装', 'gearbox', '工作室', '集团', '电工', '专业', 'denso', '杭', '不存在的名称'];
const rounds = Number(process.argv[2] ?? 20);

const graph = await startGraph();
try {
  for (const text of TEXTS) await graph.query(SEARCH, { text, first: 20 }); // warm-up
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of TEXTS) {
      const started = performance.now();
      const { errors } = await graph.query(SEARCH, { text, first: 20 });
      times.push(performance.now() - started);
      if (errors) throw new Error(JSON.stringify(errors));
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`CrossRegistrySearch, ${times.length} requests: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
} finally {
  await graph.stop();
}
