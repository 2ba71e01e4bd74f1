import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiOverSnapshots, type ApiUnderTest } from '../../../test/support/api.js';
import { ofacSnapshot } from '../../../test/support/ofac-files.js';

describe('GET /healthz and /readyz', () => {
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
});
