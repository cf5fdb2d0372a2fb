// Errors that mean "the database is not there right now", as opposed to a bug: the client is
// told to retry, and the pool reconnects once the server is back.

// Prisma: can't reach server, timed out, server closed the connection, pool timeout.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// PostgreSQL SQLSTATE: shutting down, terminated by an administrator, cannot connect now.
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
const MESSAGES = [/connection terminated/i, /can't reach database server/i, /connection (?:is )?closed/i, /timeout exceeded when trying to connect/i];

function* causes(error: unknown): Generator<Record<string, unknown>> {
  for (let depth = 0; error && typeof error === 'object' && depth < 6; depth++) {
    yield error as Record<string, unknown>;
    const next = error as { cause?: unknown; originalError?: unknown };
    error = next.cause ?? next.originalError;
  }
}

/** True when an error (or any error it wraps) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const layer of causes(error)) {
    const code = typeof layer.code === 'string' ? layer.code : undefined;
    if (code && (PRISMA_CODES.has(code) || POSTGRES_CODES.has(code) || SOCKET_CODES.has(code))) return true;
    // Prisma's driver adapters report the kind of failure: DatabaseNotReachable, ConnectionClosed...
    const kind = (layer.cause as { kind?: unknown } | undefined)?.kind ?? layer.kind;
    if (kind === 'DatabaseNotReachable' || kind === 'ConnectionClosed' || kind === 'SocketTimeout') return true;
    if (typeof layer.message === 'string' && MESSAGES.some((pattern) => pattern.test(layer.message as string))) return true;
  }
  return false;
}
