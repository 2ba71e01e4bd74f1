/**
 * Serves the built web UI from `deps.webRoot` (dist/web, written by `npm run build`):
 * `index.html` at `/` and the bundle under `/assets/<file>`. Asset names carry a content hash,
 * so they are cached for a year; index.html is revalidated on every load so a new build is
 * picked up at once. The UI routes with the URL hash (`/#/entity/<id>`), so no other path needs
 * a fallback to index.html. Without a built UI, `/` answers 404 saying how to build it.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Context } from 'hono';
import { errorResponse } from './errors.js';
import type { ApiApp, ApiDeps, ApiEnv } from './types.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

// One path segment of plain characters: no '..', no slashes, nothing outside the assets folder.
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

async function readIfPresent(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function notBuilt(c: Context<ApiEnv>) {
  return errorResponse(c, 404, 'not_found', 'the web UI is not built: run `npm run build` (it writes dist/web/index.html)');
}

export function registerWebUi(app: ApiApp, deps: ApiDeps): void {
  const { webRoot } = deps;
  app.get('/', async (c) => {
    const page = webRoot === undefined ? undefined : await readIfPresent(join(webRoot, 'index.html'));
    if (page === undefined) return notBuilt(c);
    return c.body(new Uint8Array(page), 200, { 'content-type': CONTENT_TYPES['.html']!, 'cache-control': 'no-cache' });
  });
  app.get('/assets/:name', async (c) => {
    const name = c.req.param('name');
    const type = CONTENT_TYPES[extname(name)];
    if (webRoot === undefined) return notBuilt(c);
    const body = ASSET_NAME.test(name) && type !== undefined ? await readIfPresent(join(webRoot, 'assets', name)) : undefined;
    if (body === undefined) return errorResponse(c, 404, 'not_found', `no UI asset named "${name}"`);
    return c.body(new Uint8Array(body), 200, { 'content-type': type!, 'cache-control': 'public, max-age=31536000, immutable' });
  });
}
