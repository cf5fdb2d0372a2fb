import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const token = (...args: string[]) => spawnSync(tsx, [fileURLToPath(new URL('token.ts', import.meta.url)), ...args], { encoding: 'utf8' });

describe('npm run token', () => {
  it.each(['--help', '-h'])('prints its usage for %s and exits 0, making no token', (flag) => {
    const { status, stdout, stderr } = token(flag);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toContain('usage: npm run --silent token -- --role BUREAU_ADMIN|COLLEGE_STAFF|ENTERPRISE_HR');
    expect(stdout).toContain('--expires-in');
  });

  it('refuses an unknown option with exit code 2 and the usage', () => {
    const { status, stdout, stderr } = token('--bogus');
    expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
    expect(stderr).toMatch(/^token: Unknown option '--bogus'\nusage: /);
  });
});
