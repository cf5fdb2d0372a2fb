import { GraphQLError, GraphQLScalarType, Kind, print } from 'graphql';

// Totals summed over many rows outgrow GraphQL's Int (32 bits: two payments of 1.5 billion yuan
// already do); JavaScript and JSON carry whole numbers exactly up to 2^53 - 1.

function safeInteger(value: unknown, doing: string, shown = String(value)): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  const message = `SafeInt cannot ${doing} ${shown}: it must be a whole number from -(2^53 - 1) to 2^53 - 1.`;
  // A value the server cannot send is its own fault; only input is the caller's.
  throw new GraphQLError(message, doing === 'accept' ? { extensions: { code: 'BAD_USER_INPUT' } } : {});
}

/** A whole number that may pass 2^31 - 1, exact up to 2^53 - 1: a JSON number, as Int is. */
export const SafeIntScalar = new GraphQLScalarType<number, number>({
  name: 'SafeInt',
  description: 'A whole number from -(2^53 - 1) to 2^53 - 1, for totals that can pass Int\'s 2^31 - 1; a JSON number, like Int.',
  serialize: (value) => safeInteger(value, 'represent'),
  parseValue: (value) => safeInteger(value, 'accept'),
  parseLiteral: (ast) => safeInteger(ast.kind === Kind.INT ? Number(ast.value) : undefined, 'accept', print(ast)),
});
