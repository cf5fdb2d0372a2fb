// Vitest orders files by their durations in its last run, longest first, so that no worker ends a
// group with one long file left while the other idles. A fresh clone (CI) has no last run, and
// vitest falls back to file size, which puts short files that run long at the end.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The files that run longest, longest first (e2e in a clean clone, 2 cores: 10-20 s each). */
const SLOWEST = [
  'supervised-start',
  'idempotent-retry-after-kill',
  'browser/editing-records',
  'concurrent-updates',
  'browser/explorer',
  'fuzz-inputs',
  'browser/sign-in',
  'write-safety',
  'observability',
  'subgraph-down',
];

const rank = (file: TestSpecification) => {
  const index = SLOWEST.findIndex((name) => file.moduleId.endsWith(`/${name}.test.ts`));
  return index === -1 ? SLOWEST.length : index;
};

/** Vitest's own order, with the slowest files first. */
export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted.map((file, at) => ({ file, at })).sort((a, b) => rank(a.file) - rank(b.file) || a.at - b.at).map(({ file }) => file);
  }
}
