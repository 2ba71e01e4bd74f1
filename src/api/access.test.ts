/**
 * API keys and rate limits through the whole app over a real SQLite store holding the OFAC
 * SDN list of 2021-06-29: optional and required keys, the three header forms, open paths,
 * 401s that never reveal which keys exist, 429 with Retry-After per key and per address, a
 * revoked key refused once its cached lookup expires, and the last use of a key recorded.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { apiOverSnapshots, type ApiUnderTest } from '../../test/support/api.js';
import { ofacSnapshot } from '../../test/support/ofac-files.js';
import { createApiKey, revokeApiKey } from '../service/api-keys.js';
import { buildApp } from './app.js';
import type { AccessSettings, ApiApp } from './types.js';

const UNKNOWN_KEY = `sr_${'A'.repeat(43)}`;
const MATCH_BODY = JSON.stringify({ queries: { q1: { schema: 'Person', properties: { name: ['Sergei Chemezov'] } } } });

describe('API keys and rate limits', () => {
  let api: ApiUnderTest;
  let key: string;
  let limitedKey: string;
  const appWith = (access: Partial<AccessSettings>): ApiApp => buildApp({ ...api.deps, access });
  const get = (app: ApiApp, headers: Record<string, string> = {}) => app.request('/catalog', { headers });
  const detailOf = async (response: Response) => ((await response.json()) as { detail: string; code: string });

  before(async () => {
    api = await apiOverSnapshots([ofacSnapshot('2021-06-29')]);
    key = (await createApiKey(api.store, { name: 'screening service' })).key;
    limitedKey = (await createApiKey(api.store, { name: 'trial', rateLimit: 2 })).key;
  });
  after(() => api.close());

  it('keys are optional by default, but a key that is sent is checked', async () => {
    const app = appWith({});
    assert.equal((await get(app)).status, 200);
    assert.equal((await get(app, { 'X-Api-Key': key })).status, 200);

    const unknown = await get(app, { Authorization: `Bearer ${UNKNOWN_KEY}` });
    assert.equal(unknown.status, 401);
    assert.equal(unknown.headers.get('www-authenticate'), 'Bearer');
    assert.deepEqual(await detailOf(unknown), { detail: 'the API key is not valid', code: 'unauthorized', request_id: unknown.headers.get('x-request-id') });
    const malformed = await get(app, { 'X-Api-Key': 'letmein' });
    assert.equal(malformed.status, 401);
    assert.equal((await detailOf(malformed)).detail, 'the API key is not valid (expected sr_ followed by 43 characters)');
  });

  it('required keys: 401 without one; the three header forms pass; health, readiness, OpenAPI and the UI stay open', async () => {
    const app = appWith({ requireApiKey: true });
    const missing = await get(app);
    assert.equal(missing.status, 401);
    assert.equal((await detailOf(missing)).detail, 'an API key is required: send it as "Authorization: Bearer <key>" or "X-Api-Key: <key>"');
    assert.equal((await get(app, { Authorization: 'Basic dXNlcjpwYXNz' })).status, 401, 'another scheme is not a key');

    const forms: Record<string, string>[] = [{ Authorization: `Bearer ${key}` }, { Authorization: `ApiKey ${key}` }, { authorization: `apikey ${key}` }, { 'X-Api-Key': key }];
    for (const headers of forms) {
      assert.equal((await get(app, headers)).status, 200, JSON.stringify(Object.keys(headers)));
    }
    const match = await app.request('/match/default', { method: 'POST', headers: { 'content-type': 'application/json', 'X-Api-Key': key }, body: MATCH_BODY });
    assert.equal(match.status, 200);
    assert.equal((await app.request('/match/default', { method: 'POST', headers: { 'content-type': 'application/json' }, body: MATCH_BODY })).status, 401);

    const twoKeys = await get(app, { Authorization: `Bearer ${key}`, 'X-Api-Key': limitedKey });
    assert.equal(twoKeys.status, 401);
    assert.equal((await detailOf(twoKeys)).detail, 'the Authorization and X-Api-Key headers carry different API keys; send one');

    const preflight = await app.request('/reconcile/default', {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:3333', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 204, 'a CORS preflight carries no key');
    assert.equal((await app.request('/healthz')).status, 200);
    assert.equal((await app.request('/readyz')).status, 200);
    assert.equal((await app.request('/openapi.json')).status, 200);
    // No UI is built in tests: the UI's own 404 answers, not the access check.
    for (const path of ['/', '/assets/index.js']) assert.equal((await detailOf(await app.request(path))).code, 'not_found', path);
  });

  it('a key over its requests per minute gets 429 with Retry-After; other keys are not affected', async () => {
    const app = appWith({});
    assert.equal((await get(app, { 'X-Api-Key': limitedKey })).status, 200);
    assert.equal((await get(app, { 'X-Api-Key': limitedKey })).status, 200);
    const refused = await get(app, { 'X-Api-Key': limitedKey });
    assert.equal(refused.status, 429);
    // 2 requests per minute refill one request every 30 s.
    assert.equal(refused.headers.get('retry-after'), '30');
    assert.deepEqual(await detailOf(refused), { detail: 'more than 2 requests per minute; retry in 30 s', code: 'rate_limited', request_id: refused.headers.get('x-request-id') });
    assert.equal((await get(app, { 'X-Api-Key': key })).status, 200);
  });

  it('anonymous requests are limited per address only when an anonymous limit is set', async () => {
    const unlimited = appWith({});
    for (let i = 0; i < 5; i++) assert.equal((await get(unlimited)).status, 200);

    const limited = appWith({ anonymousRateLimit: 1 });
    assert.equal((await get(limited)).status, 200);
    const refused = await get(limited);
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '60');
    assert.equal((await get(limited, { 'X-Api-Key': key })).status, 200, 'a key has its own bucket');
  });

  it('a revoked key stops working once its cached lookup expires (2 s by default)', async () => {
    const app = appWith({});
    const { key: doomed, record } = await createApiKey(api.store, { name: 'leaked' });
    assert.equal((await get(app, { 'X-Api-Key': doomed })).status, 200);
    const revokedAt = performance.now();
    await revokeApiKey(api.store, record.prefix);
    let response = await get(app, { 'X-Api-Key': doomed });
    while (response.status === 200 && performance.now() - revokedAt < 5_000) {
      await sleep(100);
      response = await get(app, { 'X-Api-Key': doomed });
    }
    const elapsedMs = performance.now() - revokedAt;
    assert.equal(response.status, 401);
    assert.ok(elapsedMs <= 2_500, `refused after ${Math.round(elapsedMs)} ms`);
    assert.match((await detailOf(response)).detail, new RegExp(`^the API key ${record.prefix} was revoked at \\d{4}-\\d{2}-\\d{2}T`));
  });

  it("records a key's last use, not that of keys never sent", async () => {
    const unused = await createApiKey(api.store, { name: 'spare' });
    const before = new Date().toISOString();
    assert.equal((await get(appWith({}), { 'X-Api-Key': key })).status, 200);
    const keys = await api.store.access.listApiKeys();
    const used = keys.find((k) => k.name === 'screening service')!;
    assert.ok(used.lastUsedAt !== null && used.lastUsedAt >= before, `last used ${used.lastUsedAt}, request at ${before}`);
    assert.equal(keys.find((k) => k.id === unused.record.id)!.lastUsedAt, null);
  });
});
