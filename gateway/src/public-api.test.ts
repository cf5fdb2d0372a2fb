import { describe, expect, it } from 'vitest';
import { breakingChanges, dangerousChanges } from './public-api.ts';

const PUBLISHED = `type Query { studios(first: Int = 20, level: Level): [Studio!] @listSize(assumedSize: 5) }
type Studio { id: ID! name: String! level: Level! }
enum Level { CITY PROVINCIAL }`;

describe('breakingChanges', () => {
  it('finds a removed field and a changed type, and passes an added one', () => {
    expect(breakingChanges(PUBLISHED, PUBLISHED.replace('name: String!', 'name: String! town: String'))).toEqual([]);
    expect(breakingChanges(PUBLISHED, PUBLISHED.replace(' name: String!', ''))).toEqual(['FIELD_REMOVED: Studio.name was removed.']);
    expect(breakingChanges(PUBLISHED, PUBLISHED.replace('[Studio!]', 'Studio'))).toEqual([
      'FIELD_CHANGED_KIND: Query.studios changed type from [Studio!] to Studio.',
    ]);
  });
});

describe('dangerousChanges', () => {
  it('finds an added enum value and a new default, which break no query, and passes an added field', () => {
    expect(dangerousChanges(PUBLISHED, PUBLISHED.replace('name: String!', 'name: String! town: String'))).toEqual([]);
    expect(dangerousChanges(PUBLISHED, PUBLISHED.replace('CITY PROVINCIAL', 'CITY PROVINCIAL NATIONAL'))).toEqual([
      'VALUE_ADDED_TO_ENUM: NATIONAL was added to enum type Level.',
    ]);
    expect(dangerousChanges(PUBLISHED, PUBLISHED.replace('first: Int = 20', 'first: Int = 50'))).toEqual([
      'ARG_DEFAULT_VALUE_CHANGE: Query.studios arg first has changed defaultValue from 20 to 50.',
    ]);
    expect(breakingChanges(PUBLISHED, PUBLISHED.replace('CITY PROVINCIAL', 'CITY PROVINCIAL NATIONAL'))).toEqual([]);
  });
});
