// `npm run api:publish`: makes schema/supergraph.graphql's public API the published one
// (schema/api.graphql), listing what it breaks for clients of the one it replaces.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { breakingChanges, dangerousChanges, PUBLISHED_API_FILE, publicApi } from './public-api.ts';
import { SUPERGRAPH_CONFIG } from './supergraph-config.ts';

const dir = path.dirname(SUPERGRAPH_CONFIG);
const target = path.join(dir, PUBLISHED_API_FILE);
const next = publicApi(readFileSync(path.join(dir, 'supergraph.graphql'), 'utf8'));
const published = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
const broken = published ? breakingChanges(published, next) : [];
const risky = published ? dangerousChanges(published, next) : [];
writeFileSync(target, next);
const list = (changes: string[]) => changes.map((change) => `- ${change}`).join('\n');
console.log(`Published the API in ${path.relative(process.cwd(), target)}`);
if (broken.length) console.log(`It breaks, for clients of the one before:\n${list(broken)}`);
if (risky.length) console.log(`It may surprise clients of the one before (their queries still work):\n${list(risky)}`);
if (broken.length || risky.length) console.log('Say so in the commit message.');
