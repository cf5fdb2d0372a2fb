// `npm run api:publish`: makes schema/supergraph.graphql's public API the published one
// (schema/api.graphql), listing what it breaks for clients of the one it replaces.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { breakingChanges, PUBLISHED_API_FILE, publicApi } from './public-api.ts';
import { SUPERGRAPH_CONFIG } from './supergraph-config.ts';

const dir = path.dirname(SUPERGRAPH_CONFIG);
const target = path.join(dir, PUBLISHED_API_FILE);
const next = publicApi(readFileSync(path.join(dir, 'supergraph.graphql'), 'utf8'));
const broken = existsSync(target) ? breakingChanges(readFileSync(target, 'utf8'), next) : [];
writeFileSync(target, next);
console.log(`Published the API in ${path.relative(process.cwd(), target)}`);
if (broken.length) console.log(`It breaks, for clients of the one before:\n${broken.map((b) => `- ${b}`).join('\n')}\nSay so in the commit message.`);
