// A frontend developer looks up an error's extensions.code in writing.md's table of refusals:
// every code the gateway or a registry sends must be there, and nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..');
const sources = ['gateway/src', 'subgraphs/kit/src'].flatMap((dir) =>
  readdirSync(path.join(repoRoot, dir))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => readFileSync(path.join(repoRoot, dir, file), 'utf8')),
);

/** Codes GraphQL's own server (Yoga, Apollo) sends, which no file here spells out as `code: '…'`. */
const FROM_GRAPHQL_SERVER = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE'];
/** Codes a subgraph sends only to the gateway: a client never meets them. */
const BETWEEN_GATEWAY_AND_SUBGRAPHS = ['BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND'];

const sent = new Set([
  ...FROM_GRAPHQL_SERVER,
  ...sources.flatMap((text) => [...text.matchAll(/(?:code: |requestError\(\s*)'([A-Z][A-Z_]+)'/g)].map((m) => m[1])),
]);
for (const code of BETWEEN_GATEWAY_AND_SUBGRAPHS) sent.delete(code);

const writing = readFileSync(path.join(repoRoot, 'docs/writing.md'), 'utf8');
const table = writing.slice(writing.indexOf('## What a refusal looks like'), writing.indexOf('## Input rules'));
const documented = new Set([...table.matchAll(/`(?:code: )?([A-Z][A-Z_]{4,})`/g)].map((m) => m[1]));

it("lists every extensions.code a client can get in writing.md's table, and no other", () => {
  expect([...sent].filter((code) => !documented.has(code)).sort(), 'add a row to the table').toEqual([]);
  expect([...documented].filter((code) => !sent.has(code)).sort(), 'a code nothing sends').toEqual([]);
});
