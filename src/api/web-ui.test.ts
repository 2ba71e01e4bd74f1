import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildApp } from './app.js';
import { DEFAULT_LIMITS, type ApiApp } from './types.js';
import { LiveScreeningIndex } from '../service/live-index.js';
import type { Store } from '../store/store.js';
import { testLogger } from '../../test/support/api.js';
import { BACKENDS } from '../../test/support/stores.js';
import { makeTempDir } from '../../test/support/temp.js';

describe('web UI serving', () => {
  let store: Store;
  const appWith = (webRoot?: string): ApiApp => buildApp({ store, index: new LiveScreeningIndex(store), logger: testLogger(), limits: DEFAULT_LIMITS, webRoot });
  const built = makeTempDir();
  mkdirSync(join(built, 'assets'));
  writeFileSync(join(built, 'index.html'), '<!doctype html><title>Sanctions Radar</title>');
  writeFileSync(join(built, 'assets', 'main-ABC123.js'), 'console.log(1)');
  writeFileSync(join(built, 'secret.txt'), 'outside the assets folder');

  before(async () => {
    store = await BACKENDS[0]!.open();
  });
  after(() => store.close());

  it('answers 404 at / saying to build the UI when there is no web root or it is not built', async () => {
    for (const webRoot of [undefined, makeTempDir()]) {
      const response = await appWith(webRoot).request('/');
      assert.equal(response.status, 404);
      const body = await response.json();
      assert.equal(body.code, 'not_found');
      assert.equal(body.detail, 'the web UI is not built: run `npm run build` (it writes dist/web/index.html)');
    }
  });

  it('serves index.html at / revalidated on every load', async () => {
    const response = await appWith(built).request('/');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.equal(await response.text(), '<!doctype html><title>Sanctions Radar</title>');
  });

  it('serves hashed assets with their content type, cached for a year', async () => {
    const response = await appWith(built).request('/assets/main-ABC123.js');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(await response.text(), 'console.log(1)');
  });

  it('answers 404 for a missing asset, an unknown kind of file, and a path that leaves the assets folder', async () => {
    const app = appWith(built);
    for (const [path, name] of [
      ['/assets/main-OTHER.js', 'main-OTHER.js'],
      ['/assets/notes.txt', 'notes.txt'],
      ['/assets/..%2Fsecret.txt', '../secret.txt'],
    ] as const) {
      const response = await app.request(path);
      assert.equal(response.status, 404, path);
      assert.equal((await response.json()).detail, `no UI asset named "${name}"`);
    }
  });
});
