import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where `npm run build` leaves the explorer (gateway/explorer, Vite). */
export const EXPLORER_DIST = path.resolve(import.meta.dirname, '../explorer/dist');

/** Answers an explorer request and returns true, or returns false to leave it to the gateway. */
export type ExplorerHandler = (request: IncomingMessage, response: ServerResponse) => boolean;

interface Asset {
  body: Buffer;
  gzipped?: Buffer;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

// The app fetches /graphql and /auth on its own origin, and the identity provider's endpoints when
// it signs in there; it runs no inline script. The Excel writer (fflate) compresses a sheet over
// 160 KB in a worker made from a blob: URL; blocked, the export would wait forever.
const contentSecurityPolicy = (connectTo: string[]) => [
  "default-src 'self'",
  "worker-src 'self' blob:",
  `connect-src ${["'self'", ...connectTo].join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Serves the explorer's build at `/`: index.html, its hashed assets and what else the build
 * holds, read into memory once. Any other path (/graphql, /healthcheck, /readiness, …) is left
 * to the gateway. Without a build, `/` says how to make one. `false` serves nothing.
 * `connectTo`: other origins the app may fetch from (the identity provider's).
 */
export function explorerHandler(dir: string | false = EXPLORER_DIST, connectTo: string[] = []): ExplorerHandler {
  if (dir === false) return () => false;
  if (!existsSync(path.join(dir, 'index.html'))) return notBuilt(dir);
  const assets = loadAssets(dir);
  const policy = contentSecurityPolicy(connectTo);

  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const pathname = new URL(request.url ?? '/', 'http://gateway').pathname;
    const asset = assets.get(pathname === '/' ? '/index.html' : pathname);
    if (!asset) return false;

    response.setHeader('content-type', asset.type);
    response.setHeader('etag', asset.etag);
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('vary', 'accept-encoding');
    // Vite puts a content hash in every file name under assets/; the rest may change in place.
    response.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (asset.type.startsWith('text/html')) {
      response.setHeader('content-security-policy', policy);
      response.setHeader('referrer-policy', 'no-referrer');
    }
    if (request.headers['if-none-match'] === asset.etag) {
      response.writeHead(304).end();
      return true;
    }
    const gzip = asset.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? asset.gzipped! : asset.body;
    if (gzip) response.setHeader('content-encoding', 'gzip');
    response.setHeader('content-length', body.length);
    response.writeHead(200).end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}

function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const file of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const full = path.join(file.parentPath, file.name);
    const body = readFileSync(full);
    const type = TYPES[path.extname(file.name)] ?? 'application/octet-stream';
    const compressible = /^(text\/|application\/json|image\/svg)/.test(type);
    const gzipped = compressible ? gzipSync(body) : undefined;
    assets.set(`/${path.relative(dir, full).split(path.sep).join('/')}`, {
      body,
      gzipped: gzipped && gzipped.length < body.length ? gzipped : undefined,
      type,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    });
  }
  return assets;
}

function notBuilt(dir: string): ExplorerHandler {
  return (request, response) => {
    if (request.method !== 'GET' || new URL(request.url ?? '/', 'http://gateway').pathname !== '/') return false;
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`The explorer is not built (no ${path.join(dir, 'index.html')}): run npm run build. GraphiQL is at /graphql.\n`);
    return true;
  };
}
