import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';

const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const env = { ...process.env, JWT_SECRET: 'a-local-secret-of-at-least-32-characters!' };
const token = (...args: string[]) => spawnSync(tsx, [fileURLToPath(new URL('token.ts', import.meta.url)), ...args], { encoding: 'utf8', env });

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

  it('gives each role, school or enterprise, and --subject a sub of its own', () => {
    const sub = (...args: string[]) => {
      const { status, stdout, stderr } = token(...args);
      expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
      return decodeJwt(stdout.trim()).sub;
    };
    expect(sub('--role', 'BUREAU_ADMIN')).toBe('local:bureau_admin');
    expect(sub('--role', 'COLLEGE_STAFF', '--school-id', '1')).toBe('local:college_staff:school-1');
    expect(sub('--role', 'COLLEGE_STAFF', '--school-id', '2')).toBe('local:college_staff:school-2');
    expect(sub('--role', 'COLLEGE_STAFF', '--school-id', '1', '--subject', 'li.wei')).toBe('local:college_staff:school-1:li.wei');
    expect(sub('--role', 'ENTERPRISE_HR', '--enterprise-id', '5', '--subject', 'li.wei')).toBe('local:enterprise_hr:enterprise-5:li.wei');
  });

  it('refuses a --subject that would make too long a sub', () => {
    const { status, stdout, stderr } = token('--role', 'BUREAU_ADMIN', '--subject', 'x'.repeat(190));
    expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
    expect(stderr).toMatch(/^token: claim sub must be a non-empty string of at most 200 characters\n/);
  });
});
