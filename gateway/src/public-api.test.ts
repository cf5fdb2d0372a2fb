import { describe, expect, it } from 'vitest';
import { breakingChanges } from './public-api.ts';

const PUBLISHED = `type Query { studios(first: Int): [Studio!] @listSize(assumedSize: 5) }
type Studio { id: ID! name: String! }`;

describe('breakingChanges', () => {
  it('finds a removed field and a changed type, and passes an added one', () => {
    expect(breakingChanges(PUBLISHED, PUBLISHED.replace('name: String!', 'name: String! town: String'))).toEqual([]);
    expect(breakingChanges(PUBLISHED, PUBLISHED.replace(' name: String!', ''))).toEqual(['FIELD_REMOVED: Studio.name was removed.']);
    expect(breakingChanges(PUBLISHED, PUBLISHED.replace('[Studio!]', 'Studio'))).toEqual([
      'FIELD_CHANGED_KIND: Query.studios changed type from [Studio!] to Studio.',
    ]);
  });
});
