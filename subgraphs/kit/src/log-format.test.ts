import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { batchedLines, logFormat } from './log-format.ts';

describe('logFormat', () => {
  it('is pretty for a terminal and JSON for a pipe', () => {
    expect(logFormat({}, true)).toBe('pretty');
    expect(logFormat({}, false)).toBe('json');
  });

  it('is pretty when the supervisor says with FORCE_COLOR that its output is a terminal', () => {
    expect(logFormat({ FORCE_COLOR: '3' }, false)).toBe('pretty');
    expect(logFormat({ FORCE_COLOR: '0' }, false)).toBe('json');
    expect(logFormat({ FORCE_COLOR: 'false' }, false)).toBe('json');
  });

  it('is JSON in production, terminal or not', () => {
    expect(logFormat({ NODE_ENV: 'production', FORCE_COLOR: '1' }, true)).toBe('json');
  });

  it('follows LOG_FORMAT over everything else, and refuses other values', () => {
    expect(logFormat({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'pretty', NODE_ENV: 'production' }, false)).toBe('pretty');
    expect(() => logFormat({ LOG_FORMAT: 'yaml' }, true)).toThrow('LOG_FORMAT must be json or pretty, not "yaml"');
  });
});

describe('batchedLines', () => {
  const file = () => path.join(mkdtempSync(path.join(tmpdir(), 'log-lines-')), 'out.log');

  it('writes the lines of the last 100 ms together, in order', async () => {
    const out = file();
    const lines = batchedLines(openSync(out, 'w'));
    lines.write('{"n":1}\n');
    lines.write('{"n":2}\n');
    expect(readFileSync(out, 'utf8')).toBe('');
    await sleep(250);
    expect(readFileSync(out, 'utf8')).toBe('{"n":1}\n{"n":2}\n');
  });

  it('writes at once when 4 KB wait', () => {
    const out = file();
    const lines = batchedLines(openSync(out, 'w'));
    const long = `{"text":"${'x'.repeat(5000)}"}\n`;
    lines.write(long);
    expect(readFileSync(out, 'utf8')).toBe(long);
  });

  it('writes what waits when the process exits', () => {
    const script = `
      import { pino } from 'pino';
      import { logDestination } from ${JSON.stringify(path.join(import.meta.dirname, 'log-format.ts'))};
      const log = pino({ base: null, timestamp: false }, logDestination('json'));
      log.info('first');
      log.info('last');
      process.exit(0);`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: import.meta.dirname, encoding: 'utf8' });
    expect(output.trim().split('\n').map((line) => JSON.parse(line).msg)).toEqual(['first', 'last']);
  });

  it('exits when stopped after whatever read its output went away', async () => {
    // A supervisor that died: lines written before it went reached it, those after fail with EPIPE.
    const script = `
      import { logger as log } from ${JSON.stringify(path.join(import.meta.dirname, 'logger.ts'))};
      log.info('ready');
      process.on('SIGTERM', () => {
        log.info('stopping');
        setTimeout(() => { log.info('stopped'); process.exit(3); }, 50);
      });
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: import.meta.dirname,
      env: { ...process.env, LOG_FORMAT: 'json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await once(child.stdout, 'data');
    child.stdout.destroy();
    await sleep(200);
    child.kill('SIGTERM');
    const outcome = await Promise.race([once(child, 'exit'), sleep(5000).then(() => 'hung')]);
    if (outcome === 'hung') child.kill('SIGKILL');
    expect(outcome).toEqual([3, null]);
    expect(stderr).toBe('');
  });
});
