// The README's example queries are the journeys the suite runs: each code block after an
// `<!-- include FILE -->` line must be FILE's text, so the two cannot drift apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNEYS } from './support/journeys.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const includes = [...readme.matchAll(/<!-- include (\S+) -->\n```\w*\n([\s\S]*?)```/g)].map(([, file, block]) => ({ file, block }));

describe('the README', () => {
  it('shows every journey with its variables, each marked with the file it comes from', () => {
    expect(includes).toHaveLength(readme.split('<!-- include ').length - 1); // no marker without its block
    expect(includes.map((i) => i.file)).toEqual(
      JOURNEYS.flatMap((name) => [`docs/journeys/${name}.variables.json`, `docs/journeys/${name}.graphql`]),
    );
  });

  it.each(includes.map((i) => [i.file, i.block]))('shows %s as it is', (file, block) => {
    expect(block, `copy ${file} into README.md`).toBe(readFileSync(path.join(repoRoot, file), 'utf8'));
  });
});
