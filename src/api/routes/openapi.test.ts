/**
 * GET /openapi.json documents every route the app registers, read from the app itself (so a
 * route added without createRoute fails here), with its method; only the web UI's static
 * files are left out. The document is OpenAPI 3.1 with our title and package version.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildApp } from '../app.js';
import type { ApiApp } from '../types.js';
import { apiOverSnapshots, type ApiUnderTest } from '../../../test/support/api.js';

/** The web UI's static files (web-ui.ts): pages and assets, not API operations. */
const isWebUiPath = (path: string) => path === '/' || path.startsWith('/assets/');

/** `METHOD /path` of every route of the app (middleware excluded) that the document lacks. */
function undocumentedRoutes(app: ApiApp, paths: Record<string, Record<string, unknown>>): string[] {
  return app.routes
    .filter((route) => route.method !== 'ALL' && !isWebUiPath(route.path))
    .map((route) => ({ method: route.method.toLowerCase(), path: route.path.replace(/:([^/]+)/g, '{$1}') }))
    .filter(({ method, path }) => paths[path]?.[method] === undefined)
    .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
}

describe('GET /openapi.json', () => {
  let api: ApiUnderTest;
  before(async () => {
    api = await apiOverSnapshots([]);
  });
  after(() => api.close());

  it('is an OpenAPI 3.1 document titled Sanctions Radar API, at the package version', async () => {
    const doc = await api.json('/openapi.json');
    const version = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')).version;
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual([doc.info.title, doc.info.version], ['Sanctions Radar API', version]);
    assert.match(doc.info.description, /screening jobs/);
    assert.deepEqual(Object.keys(doc.paths['/changes'].get.responses).sort(), ['200', '400', '404']);
    assert.ok(doc.paths['/screen'].post.requestBody.content['multipart/form-data']);
  });

  it('documents every route the app registers', async () => {
    const doc = await api.json('/openapi.json');
    const apiRoutes = api.app.routes.filter((route) => route.method !== 'ALL' && !isWebUiPath(route.path));
    assert.ok(apiRoutes.some((route) => route.path === '/jobs/:id'), 'the app routes are read with their hono paths');
    assert.deepEqual(undocumentedRoutes(api.app, doc.paths), []);
  });

  it('would list a route registered without a schema', async () => {
    const app = buildApp(api.deps);
    app.get('/undeclared/:id', (c) => c.text('no schema'));
    const doc = await (await app.request('/openapi.json')).json();
    assert.deepEqual(undocumentedRoutes(app, doc.paths), ['GET /undeclared/{id}']);
  });
});
