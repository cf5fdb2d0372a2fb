// Secrets from the environment, with derived local defaults so `npm start` works out of the box.
// Loaded by the gateway too (`@partnership/kit/secrets`): no heavy imports.
import { createHmac, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ENV, isProduction, registryEnv } from './config.ts';

const MIN_LENGTH = 32;
const devKeyFile = path.resolve(import.meta.dirname, '../../../.data/dev-secret');

/**
 * A random key made once per checkout in .data/ (git-ignored) and shared by the local
 * processes. Written to a temporary file and linked into place, so processes starting together
 * agree on one key.
 */
function devKey(): string {
  try {
    return readFileSync(devKeyFile, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(devKeyFile), { recursive: true });
    const temporary = `${devKeyFile}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temporary, randomBytes(32).toString('hex'), { mode: 0o600 });
    try {
      linkSync(temporary, devKeyFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temporary, { force: true });
    }
    return readFileSync(devKeyFile, 'utf8').trim();
  }
}

/**
 * The secret in `variable`, or outside production one derived from the local key for `purpose`.
 * Production refuses to start without it, and every secret must be at least 32 characters.
 */
export function secretFromEnv(variable: string, purpose: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[variable];
  if (value !== undefined && value !== '') {
    if (value.length < MIN_LENGTH) throw new Error(`${variable} must be at least ${MIN_LENGTH} characters long.`);
    return value;
  }
  if (isProduction(env)) throw new Error(`${variable} must be set in production.`);
  return createHmac('sha256', devKey()).update(purpose).digest('hex');
}

/** The environment variable holding a subgraph's shared secret, e.g. MASTER_STUDIOS_SECRET. */
export const subgraphSecretVariable = (name: string) => registryEnv(name).secret;

/** The secret the gateway sends to, and the subgraph expects from, subgraph `name`. */
export const subgraphSecret = (name: string, env: NodeJS.ProcessEnv = process.env) =>
  secretFromEnv(subgraphSecretVariable(name), `subgraph:${name}`, env);

/** The HS256 key for local tokens (JWT_SECRET). */
export const jwtSecret = (env: NodeJS.ProcessEnv = process.env) => secretFromEnv(ENV.jwtSecret, 'jwt', env);
