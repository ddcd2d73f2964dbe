import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import { ApiProblem } from './problem.js';

/**
 * Serves the dashboard built by web/build.mjs (web/dist) at `/`: index.html revalidated on every visit,
 * content-hashed assets cached for a year, map shapes for a day; the gzip twin when the browser takes gzip.
 * Every page response carries a Content-Security-Policy that allows only this origin's scripts (no inline
 * script, no eval) and no connections elsewhere: article text shown in the page can never run as code.
 */

export const DEFAULT_WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=UTF-8', '.js': 'text/javascript; charset=UTF-8', '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8', '.png': 'image/png', '.svg': 'image/svg+xml',
};
const YEAR = 'public, max-age=31536000, immutable';
const DAY = 'public, max-age=86400';
const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

interface Cached { body: Uint8Array; gz: Uint8Array | null; mtime: number }

export function mountDashboard(app: Hono, dir: string = DEFAULT_WEB_DIR): void {
  const cache = new Map<string, Cached>();

  const read = (rel: string): Cached | null => {
    const path = join(dir, rel);
    if (!existsSync(path)) return null;
    const mtime = statSync(path).mtimeMs;
    let hit = cache.get(rel);
    if (!hit || hit.mtime !== mtime) {
      hit = { body: readFileSync(path), gz: existsSync(`${path}.gz`) ? readFileSync(`${path}.gz`) : null, mtime };
      cache.set(rel, hit);
    }
    return hit;
  };

  const send = (c: Context, rel: string, cacheControl: string) => {
    const f = read(rel);
    if (!f) {
      if (rel === 'index.html') throw ApiProblem.notFound(`the dashboard is not built (no ${join(dir, rel)}); run \`npm run build:web\``);
      throw ApiProblem.notFound(`no file ${c.req.path}`);
    }
    const ext = rel.slice(rel.lastIndexOf('.'));
    const gzip = f.gz && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    const body = gzip ? f.gz! : f.body;
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': cacheControl, Vary: 'Accept-Encoding',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY',
    };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  };

  const files = (prefix: string, cacheControl: string) => (c: Context) => {
    const rest = c.req.path.slice(prefix.length).split('/');
    if (!rest.every((s) => SAFE_SEGMENT.test(s))) throw ApiProblem.notFound(`no file ${c.req.path}`);
    return send(c, `${prefix.slice(1)}${rest.join('/')}`, cacheControl);
  };

  app.get('/', (c) => send(c, 'index.html', 'no-cache'));
  app.get('/index.html', (c) => c.redirect('/', 301));
  app.get('/assets/*', files('/assets/', YEAR));
  app.get('/geo/*', files('/geo/', DAY));
}
