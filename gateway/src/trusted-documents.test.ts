import { describe, expect, it } from 'vitest';
import { operationNamesOf } from './trusted-documents.ts';

describe('operationNamesOf', () => {
  it('lists every named operation of every document; anonymous ones and unparsable documents add none', () => {
    const manifest = {
      a: 'query Overview { a } mutation Rename { b } fragment F on T { c }',
      b: '{ anonymous }',
      c: 'query Broken {',
    };
    expect(operationNamesOf(manifest)).toEqual(['Overview', 'Rename']);
  });
});
