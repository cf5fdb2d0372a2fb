// `npm run codegen`: typed documents and the trusted-documents manifest for the operations the
// explorer writes, checked against the graph's client-facing API schema.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { parse, print } from 'graphql';

const explorerDir = path.dirname(fileURLToPath(import.meta.url));
const supergraph = readFileSync(path.resolve(explorerDir, '../../schema/supergraph.graphql'), 'utf8');

/** The supergraph without its join__/link__ machinery: what a client of the gateway sees. */
export const apiSchema = print(transformSupergraphToPublicSchema(parse(supergraph)));

const config: CodegenConfig = {
  cwd: explorerDir,
  schema: apiSchema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // persisted-documents.json (hash → document) is the manifest the gateway trusts. The hash is
        // the bare sha256 hex of the document, as extensions.persistedQuery.sha256Hash carries it.
        persistedDocuments: {
          mode: 'embedHashInDocument',
          hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex'),
        },
      },
      config: {
        // Types for what the operations use, not the whole graph: another team's schema
        // change leaves these files alone unless it touches the explorer's operations.
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        // Totals that can pass Int's 32 bits are still JSON numbers.
        scalars: { SafeInt: 'number' },
      },
    },
  },
};

export default config;
