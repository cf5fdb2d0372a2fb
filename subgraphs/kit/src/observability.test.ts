import { Writable } from 'node:stream';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-errors.ts';
import { createLogger } from './logger.ts';
import { requestIdFrom, runInRequest } from './request-scope.ts';

describe('requestIdFrom', () => {
  it('keeps a well-formed incoming id', () => {
    expect(requestIdFrom('gw-1f2e.3:a_b')).toBe('gw-1f2e.3:a_b');
  });

  it.each([undefined, '', 'has space', 'quote"', 'x'.repeat(129), 'line\nbreak'])('replaces %j with a new UUID', (value) => {
    expect(requestIdFrom(value)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

describe('createLogger', () => {
  function capture() {
    const lines: Record<string, unknown>[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    return { logger: createLogger(destination), lines };
  }

  it('stamps the request id on every line written while serving a request', () => {
    const { logger, lines } = capture();
    runInRequest({ requestId: 'req-42', subgraph: 'master-studios' }, () => logger.info('inside'));
    logger.info('outside');
    expect(lines.map((line) => [line.msg, line.requestId])).toEqual([['inside', 'req-42'], ['outside', undefined]]);
  });

  it('redacts credentials wherever a logged object carries headers', () => {
    const { logger, lines } = capture();
    logger.info({ headers: { authorization: 'Bearer secret-token', cookie: 'sid=1', accept: '*/*' } }, 'call');
    logger.info({ request: { headers: { authorization: 'Bearer secret-token' } } }, 'nested');
    expect(JSON.stringify(lines)).not.toContain('secret-token');
    expect(lines[0].headers).toEqual({ authorization: '[redacted]', cookie: '[redacted]', accept: '*/*' });
  });
});

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection', async () => {
    // Port 1 on loopback: nothing listens there.
    const client = new pg.Client({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
    const error = await client.connect().catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapper', { cause: error }))).toBe(true);
  });

  it('does not excuse a bug: a bad statement is not an outage', () => {
    // What pg throws for a missing table (SQLSTATE 42P01).
    const error = Object.assign(new pg.DatabaseError('relation "no_such_table" does not exist', 0, 'error'), { code: '42P01' });
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(new Error('Unexpected token'))).toBe(false);
  });
});
