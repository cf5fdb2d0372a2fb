import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSecretsApart, devKey, estimatedBits, secretFromEnv, secretWeakness } from './secrets.ts';

const production = (env: Record<string, string>) => ({ NODE_ENV: 'production', ...env });
const strong = () => randomBytes(32).toString('hex');

describe('a production secret', () => {
  it('is accepted when random: hex, base64 or letters and digits', () => {
    for (const value of [strong(), randomBytes(32).toString('base64'), randomBytes(24).toString('base64url'), randomBytes(16).toString('hex')]) {
      expect(secretWeakness(value)).toBeUndefined();
      expect(secretFromEnv('JWT_SECRET', 'jwt', production({ JWT_SECRET: value }))).toBe(value);
    }
  });

  it('is refused when it is one repeated character, naming the variable and the rule', () => {
    expect(() => secretFromEnv('JWT_SECRET', 'jwt', production({ JWT_SECRET: 'a'.repeat(32) }))).toThrow(
      'JWT_SECRET is too weak for production: it repeats one character (rule: repetition).',
    );
  });

  it('is refused when it repeats a short sequence', () => {
    expect(secretWeakness('abc'.repeat(11))).toBe('repeats a sequence of 3 characters (rule: repetition)');
    expect(secretWeakness('correct-horse-1!'.repeat(2))).toBe('repeats a sequence of 16 characters (rule: repetition)');
  });

  it('is refused when it uses few different characters', () => {
    expect(secretWeakness('aabbaabbccddccdd0011aabbccddee0011')).toMatch(/uses only 7 different characters, fewer than 10 \(rule: repetition\)/);
  });

  it('is refused below 128 estimated bits: 32 digits are 106', () => {
    const digits = '90314159265358979323846264338327';
    expect(estimatedBits(digits)).toBe(106);
    expect(secretWeakness(digits)).toBe('has an estimated 106 bits of entropy, fewer than 128 (rule: entropy)');
    expect(estimatedBits(strong())).toBe(256);
  });

  it('must be at least 32 characters in every environment, and set in production', () => {
    expect(() => secretFromEnv('PAY_POLICIES_SECRET', 'x', { PAY_POLICIES_SECRET: 'short' })).toThrow(/PAY_POLICIES_SECRET must be at least 32 characters long \(rule: length\)/);
    expect(() => secretFromEnv('PAY_POLICIES_SECRET', 'x', production({}))).toThrow(/PAY_POLICIES_SECRET must be set in production/);
  });

  it('is not judged outside production, where local tools may use simple ones', () => {
    expect(secretFromEnv('JWT_SECRET', 'jwt', { JWT_SECRET: 'a'.repeat(32) })).toBe('a'.repeat(32));
  });
});

describe('secrets apart', () => {
  const variables = ['JWT_SECRET', 'ENTERPRISE_CLASSES_SECRET', 'MASTER_STUDIOS_SECRET', 'PAY_POLICIES_SECRET'];

  it('refuses the JWT key reused as a subgraph secret, or two subgraphs sharing one', () => {
    const shared = strong();
    expect(() => checkSecretsApart(variables, production({ JWT_SECRET: shared, MASTER_STUDIOS_SECRET: shared }))).toThrow(
      /MASTER_STUDIOS_SECRET has the same value as JWT_SECRET: every secret must be its own \(rule: reuse\)/,
    );
    expect(() => checkSecretsApart(variables, production({ ENTERPRISE_CLASSES_SECRET: shared, PAY_POLICIES_SECRET: shared }))).toThrow(
      /PAY_POLICIES_SECRET has the same value as ENTERPRISE_CLASSES_SECRET/,
    );
  });

  it('accepts four different values, and unset ones', () => {
    expect(() => checkSecretsApart(variables, production(Object.fromEntries(variables.map((v) => [v, strong()]))))).not.toThrow();
    expect(() => checkSecretsApart(variables, production({ JWT_SECRET: strong() }))).not.toThrow();
  });
});

describe('the local key in .data/', () => {
  it('is made once, 32 random bytes in hex, and read back the same', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dev-key-')), 'dev-secret');
    const key = devKey(file);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(devKey(file)).toBe(key);
  });

  it('is refused when the file holds too little to sign with, rather than used: a token signed with it could be forged', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dev-key-')), 'dev-secret');
    for (const content of ['', '   \n', 'abc']) {
      writeFileSync(file, content);
      expect(() => devKey(file)).toThrow(/holds no usable key .*: delete it, and a new one is made on the next start/);
    }
  });
});
