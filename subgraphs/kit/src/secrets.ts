// Secrets from the environment, with derived local defaults so `npm start` works out of the box.
// Loaded by the gateway too (`@partnership/kit/secrets`): no heavy imports.
import { createHmac, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ENV, isProduction, registryEnv } from './config.ts';

const MIN_LENGTH = 32;
const devKeyFile = path.resolve(import.meta.dirname, '../../../.data/dev-secret');
const DEV_KEY_BYTES = 32;

/**
 * A random key made once per checkout in .data/ (git-ignored) and shared by the local
 * processes. Written to a temporary file and linked into place, so processes starting together
 * agree on one key.
 */
export function devKey(file = devKeyFile): string {
  let key: string;
  try {
    key = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temporary, randomBytes(DEV_KEY_BYTES).toString('hex'), { mode: 0o600 });
    try {
      linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temporary, { force: true });
    }
    return readFileSync(file, 'utf8').trim();
  }
  // An empty or cut key would sign tokens anyone can forge: refused, not used.
  if (key.length < 2 * DEV_KEY_BYTES) throw new Error(`${file} holds no usable key (${key.length} characters, not ${2 * DEV_KEY_BYTES}): delete it, and a new one is made on the next start.`);
  return key;
}

const MIN_BITS = 128;
const MIN_DISTINCT = 10;

/** Bits an attacker must guess if every character were drawn at random from the classes it uses. */
export function estimatedBits(value: string): number {
  let pool: number;
  if (/^[0-9]+$/.test(value)) pool = 10;
  else if (/^[0-9a-f]+$/.test(value) || /^[0-9A-F]+$/.test(value)) pool = 16;
  else {
    pool = 0;
    if (/[a-z]/.test(value)) pool += 26;
    if (/[A-Z]/.test(value)) pool += 26;
    if (/[0-9]/.test(value)) pool += 10;
    if (/[^a-zA-Z0-9]/.test(value)) pool += 33;
  }
  return Math.floor([...value].length * Math.log2(pool));
}

/** The shortest p <= half the length such that the value repeats its first p characters, if any. */
function shortCycle(value: string): number | undefined {
  const chars = [...value];
  for (let p = 1; p <= chars.length / 2; p++) if (chars.every((c, i) => i < p || c === chars[i - p])) return p;
  return undefined;
}

/**
 * Why `value` is too weak for a production secret, or undefined: under 128 estimated bits,
 * fewer than 10 different characters, or a short sequence repeated.
 */
export function secretWeakness(value: string): string | undefined {
  const cycle = shortCycle(value);
  if (cycle === 1) return `repeats one character (rule: repetition)`;
  if (cycle) return `repeats a sequence of ${cycle} characters (rule: repetition)`;
  const distinct = new Set(value).size;
  if (distinct < MIN_DISTINCT) return `uses only ${distinct} different characters, fewer than ${MIN_DISTINCT} (rule: repetition)`;
  const bits = estimatedBits(value);
  if (bits < MIN_BITS) return `has an estimated ${bits} bits of entropy, fewer than ${MIN_BITS} (rule: entropy)`;
  return undefined;
}

const HOW_TO = 'Generate one with `openssl rand -hex 32`.';

/**
 * The secret in `variable`, or outside production one derived from the local key for `purpose`.
 * Production refuses to start without it or with a weak one; every secret is at least 32 characters.
 */
export function secretFromEnv(variable: string, purpose: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[variable];
  if (value !== undefined && value !== '') {
    if (value.length < MIN_LENGTH) throw new Error(`${variable} must be at least ${MIN_LENGTH} characters long (rule: length). ${HOW_TO}`);
    const weakness = isProduction(env) ? secretWeakness(value) : undefined;
    if (weakness) throw new Error(`${variable} is too weak for production: it ${weakness}. ${HOW_TO}`);
    return value;
  }
  if (isProduction(env)) throw new Error(`${variable} must be set in production. ${HOW_TO}`);
  return createHmac('sha256', devKey()).update(purpose).digest('hex');
}

/**
 * In production, refuses one value set in two of `variables` (the JWT key and subgraph secrets):
 * whoever holds one would hold the other.
 */
export function checkSecretsApart(variables: string[], env: NodeJS.ProcessEnv = process.env): void {
  if (!isProduction(env)) return;
  const seen = new Map<string, string>();
  for (const variable of variables) {
    const value = env[variable];
    if (!value) continue;
    const first = seen.get(value);
    if (first) throw new Error(`${variable} has the same value as ${first}: every secret must be its own (rule: reuse). ${HOW_TO}`);
    seen.set(value, variable);
  }
}

/** The environment variable holding a subgraph's shared secret, e.g. MASTER_STUDIOS_SECRET. */
export const subgraphSecretVariable = (name: string) => registryEnv(name).secret;

/** The secret the gateway sends to, and the subgraph expects from, subgraph `name`. */
export const subgraphSecret = (name: string, env: NodeJS.ProcessEnv = process.env) =>
  secretFromEnv(subgraphSecretVariable(name), `subgraph:${name}`, env);

/** The HS256 key for local tokens (JWT_SECRET). */
export const jwtSecret = (env: NodeJS.ProcessEnv = process.env) => secretFromEnv(ENV.jwtSecret, 'jwt', env);
