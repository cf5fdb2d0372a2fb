import { ENV, isProduction } from '@partnership/kit/config';
/**
 * Browser origins allowed to call the gateway: a list of exact origins, '*' for any, or
 * 'loopback' for any http(s) origin on this machine (a frontend's dev server).
 */
export type CorsOrigins = readonly string[] | 'loopback';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * CORS_ORIGINS, comma-separated (e.g. `https://planner.example.org,http://localhost:5173`,
 * or `*`). Unset: none in production (NODE_ENV=production), loopback origins elsewhere.
 */
export function corsFromEnv(env: NodeJS.ProcessEnv = process.env): CorsOrigins {
  const configured = env[ENV.corsOrigins];
  if (configured === undefined) return isProduction(env) ? [] : 'loopback';
  const origins = configured.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    if (origin !== '*' && !isOrigin(origin)) {
      throw new Error(`CORS_ORIGINS: "${origin}" is not an origin; write scheme://host[:port], e.g. https://planner.example.org`);
    }
  }
  return origins;
}

/**
 * Hive's `cors` option for the allowed origins. Another origin gets no CORS headers at all,
 * so the browser refuses it; Yoga's own default would reflect every origin with credentials.
 * No origin allowed (production's default): false, which leaves Yoga's CORS plugin out, and its
 * two hooks on every request with it.
 */
export function corsOptions(allowed: CorsOrigins = []) {
  if (allowed !== 'loopback' && allowed.length === 0) return false;
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !isAllowed(origin, allowed)) return false as const;
    // Frontends authenticate with headers, never cookies; they may read the request id to report it.
    return { origin: [origin], credentials: false, exposedHeaders: ['x-request-id'], maxAge: 600 };
  };
}

function isAllowed(origin: string, allowed: CorsOrigins): boolean {
  if (allowed === 'loopback') {
    const url = parseUrl(origin);
    return !!url && (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname);
  }
  return allowed.includes('*') || allowed.includes(origin);
}

function isOrigin(text: string): boolean {
  const url = parseUrl(text);
  return !!url && (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text;
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
