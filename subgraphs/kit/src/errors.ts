import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from './database-errors.ts';
import { logger } from './logger.ts';
import type { RuleParams } from './validation.ts';

/**
 * Whether retrying is safe, for errors that leave a write's outcome unknown: the write may have
 * committed before the answer was lost.
 */
const RETRY_ADVICE =
  'A query is safe to retry, and so is a write sent with an idempotencyKey (retry it with the same key); ' +
  'a write sent without one may have been made, and retrying it may make it twice.';

/** An error meant for the person who sent the request: names the field and the rule. */
export function userError(message: string, field: string, rule: string, params?: RuleParams): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, rule, ...(params && { params }) } });
}

const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'REFERENCE_CHECK_UNAVAILABLE',
  'IDEMPOTENCY_KEY_REUSED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Apollo Server's formatError: user errors pass through; anything else is logged and
 * the client only learns that something unexpected happened (no stack, no SQL).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void = (e) => logger.error({ err: e }, 'unexpected error'),
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // Pothos reports bad connection arguments (an unknown cursor, a negative `first`) this way.
  if (original instanceof PothosValidationError) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && SAFE_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (isDatabaseUnavailable(original)) {
    // An outage, not a bug: say so, so the caller retries; the pool reconnects by itself.
    logger.warn({ err: original, path: formatted.path }, 'database unavailable');
    const field = formatted.path?.join('.') ?? 'the request';
    return {
      message: `The database did not answer while resolving ${field}; retry shortly. ${RETRY_ADVICE}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  log(original);
  return {
    message: 'Unexpected error.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
