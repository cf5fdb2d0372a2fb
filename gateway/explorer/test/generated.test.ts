import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config from '../codegen.ts';

const explorerDir = path.resolve(import.meta.dirname, '..');

it('has typed documents and a trusted-documents manifest up to date with the operations and the supergraph', async () => {
  const outputs: { filename: string; content: string }[] = await generate(config, false);
  const generated = new Map(outputs.map((o) => [path.resolve(explorerDir, o.filename), o.content]));
  const checkedIn = readdirSync(path.join(explorerDir, 'src/gql')).map((f) => path.join(explorerDir, 'src/gql', f));

  expect(checkedIn.sort(), 'run npm run codegen and commit gateway/explorer/src/gql').toEqual([...generated.keys()].sort());
  for (const [file, content] of generated) {
    expect(readFileSync(file, 'utf8'), `run npm run codegen: ${path.relative(explorerDir, file)} is stale`).toBe(content);
  }
});
