// What production turns off unless asked: introspection and GraphiQL (a schema map and a 9 MB
// page for anyone). The explorer needs neither: its client is generated from schema/.
import { ENV, isProduction } from '@partnership/kit/config';

/** A GATEWAY_* switch: "true" or "false"; unset, on outside production and off in it. */
export function switchFromEnv(variable: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env[variable];
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value) throw new Error(`${variable} must be "true" or "false", not "${value}".`);
  return !isProduction(env);
}

export const introspectionFromEnv = (env: NodeJS.ProcessEnv = process.env) => switchFromEnv(ENV.introspection, env);
export const graphiqlFromEnv = (env: NodeJS.ProcessEnv = process.env) => switchFromEnv(ENV.graphiql, env);
