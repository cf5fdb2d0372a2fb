// The API clients see: the supergraph without its federation machinery. schema/api.graphql is
// the one last published on purpose (npm run api:publish); a test refuses a supergraph that would
// break a client written against it.
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { buildASTSchema, findBreakingChanges, findDangerousChanges, parse, print } from 'graphql';

/** The published API, beside supergraph.graphql in schema/. */
export const PUBLISHED_API_FILE = 'api.graphql';

/** The public SDL of a supergraph. */
export function publicApi(supergraphSdl: string): string {
  return `${print(transformSupergraphToPublicSchema(parse(supergraphSdl)))}\n`;
}

// SDL may use directives it does not define, e.g. the cost spec's @listSize.
const schemaOf = (sdl: string) => buildASTSchema(parse(sdl), { assumeValidSDL: true });

/** What `next` removes or changes that a client of `published` may rely on, one line each. */
export function breakingChanges(published: string, next: string): string[] {
  return findBreakingChanges(schemaOf(published), schemaOf(next)).map((change) => `${change.type}: ${change.description}`);
}

/**
 * What `next` changes that a client of `published` may not expect, though every query it sends
 * still works: an added enum value (a client's exhaustive switch), a changed argument default,
 * an optional argument added, a type added to a union or interface.
 */
export function dangerousChanges(published: string, next: string): string[] {
  return findDangerousChanges(schemaOf(published), schemaOf(next)).map((change) => `${change.type}: ${change.description}`);
}
