import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from './app.js';
import { API_SNAPSHOTS, apiOverSnapshots, type ApiUnderTest } from '../../test/support/api.js';
import { BACKENDS } from '../../test/support/stores.js';
import { ofacSnapshot } from '../../test/support/ofac-files.js';

const UN_2026 = API_SNAPSHOTS.find((load) => load.format === 'un-xml')!;

describe('the HTTP application: health, request ids, limits', () => {
  let api: ApiUnderTest;
  before(async () => {
    api = await apiOverSnapshots([ofacSnapshot('2019-01-04')]);
  });
  after(() => api.close());

  it('answers alive, and ready with the snapshot the index was built from', async () => {
    assert.deepEqual(await api.json('/healthz'), { status: 'ok' });
    const ready = await api.json('/readyz');
    assert.equal(ready.status, 'ready');
    assert.deepEqual(ready.snapshots, [{ dataset: 'us_ofac_sdn', as_of: '2019-01-04' }]);
  });

  it('gives every response a request id, keeping a sane one the caller sent', async () => {
    const own = await api.app.request('/healthz', { headers: { 'X-Request-Id': 'abc-123' } });
    assert.equal(own.headers.get('x-request-id'), 'abc-123');
    const odd = await api.app.request('/healthz', { headers: { 'X-Request-Id': 'no spaces <allowed>' } });
    assert.match(odd.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });

  it('answers an unknown route with a 404 naming it', async () => {
    const body = await api.json('/nowhere', undefined, 404);
    assert.equal(body.code, 'not_found');
    assert.match(body.detail, /GET \/nowhere/);
  });

  it('refuses a body over the size limit with a 413, before any work', async () => {
    const small = buildApp({ ...api.deps, limits: { ...api.deps.limits, bodyLimitBytes: 100 } });
    const queries = { q: { schema: 'Person', properties: { name: ['Sergey Viktorovich Chemezov'.repeat(10)] } } };
    const response = await small.request('/match/default', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queries }) });
    assert.equal(response.status, 413);
    assert.deepEqual(await response.json(), { detail: 'request body larger than 100 bytes', code: 'body_too_large', request_id: response.headers.get('x-request-id') });
  });
});

describe('the request timeout', () => {
  // A timer can only end a request that waits: on PostgreSQL every store read does.
  let api: ApiUnderTest;
  before(async () => {
    api = await apiOverSnapshots([UN_2026], BACKENDS[1]);
  });
  after(() => api.close());

  it('answers a request that outlasts it with a 503 saying so', async () => {
    const impatient = buildApp({ ...api.deps, limits: { ...api.deps.limits, requestTimeoutMs: 1 } });
    // A page of 500 listed parties reads 500 entities from the database: far more than 1 ms.
    const response = await impatient.request('/search/default?limit=500');
    assert.equal(response.status, 503);
    assert.match((await response.json()).detail, /request took longer than 1 ms/);
    assert.equal((await api.app.request('/search/default?limit=500')).status, 200, 'the same request within the default limit');
  });
});

