import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiOverSnapshots, type ApiUnderTest } from '../../../test/support/api.js';
import { ofacSnapshot } from '../../../test/support/ofac-files.js';

describe('/reconcile/{dataset} (W3C Reconciliation API 0.2) over OFAC SDN 2021-06-29', () => {
  let api: ApiUnderTest;
  before(async () => {
    api = await apiOverSnapshots([ofacSnapshot('2021-06-29')]);
  });
  after(() => api.close());

  const get = (queries: unknown, status = 200) => api.json(`/reconcile/default?queries=${encodeURIComponent(JSON.stringify(queries))}`, undefined, status);
  const postForm = (fields: Record<string, string>, status = 200) =>
    api.json('/reconcile/default', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() }, status);

  it('answers the manifest OpenRefine needs, open to other origins', async () => {
    const response = await api.app.request('/reconcile/default', { headers: { Origin: 'http://127.0.0.1:3333' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const manifest = await response.json();
    assert.deepEqual(manifest.versions, ['0.2']);
    assert.equal(manifest.name, 'Sanctions Radar (default)');
    assert.equal(manifest.identifierSpace, 'http://localhost/entities/');
    assert.equal(manifest.schemaSpace, 'https://followthemoney.tech/explorer/schemata/');
    assert.deepEqual(manifest.view, { url: 'http://localhost/#/entity/{{id}}' });
    assert.deepEqual(manifest.defaultTypes.map((t: { id: string }) => t.id), ['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel', 'Airplane']);
    assert.deepEqual(manifest.defaultTypes[3], { id: 'LegalEntity', name: 'Legal entity' });
    assert.equal((await api.json('/reconcile/us_ofac_sdn')).name, 'Sanctions Radar (us_ofac_sdn)');
    assert.match((await api.json('/reconcile/eu_fsf', undefined, 404)).detail, /^no dataset eu_fsf is loaded; use default or one of us_ofac_sdn$/);
  });

  it('reconciles "Chemezov" to ofac-16685 with the /match score out of 100', async () => {
    const body = await get({ q0: { query: 'Chemezov', type: 'Person' } });
    const [chemezov] = body.q0.result;
    assert.equal(chemezov.id, 'ofac-16685');
    assert.equal(chemezov.name, 'CHEMEZOV, Sergei');
    assert.deepEqual(chemezov.type, [{ id: 'Person', name: 'Person' }]);
    assert.equal(chemezov.match, true);
    const matched = await api.json('/match/default', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queries: { q: { schema: 'Person', properties: { name: ['Chemezov'] } } } }),
    });
    const score = matched.responses.q.results[0].score;
    assert.ok(score > 0.6 && score < 1, String(score));
    assert.equal(chemezov.score, Math.round(score * 10000) / 100);
    assert.deepEqual(chemezov.features.map((f: { id: string }) => f.id), Object.keys(matched.responses.q.results[0].features));
  });

  it('answers every key of a form POST, with per-query limits, property values and the LegalEntity default type', async () => {
    const queries = {
      q0: { query: 'Chemezov', type: 'Person', properties: [{ pid: 'birthDate', v: '1952' }, { pid: 'nationality', v: ['Russia'] }] },
      q1: { query: 'Oleg Deripaska' },
      q2: { query: 'Kim Jong', type: 'Person', limit: 2 },
      q3: { query: 'Chemezov', type: 'Person', properties: [{ pid: 'birthDate', v: '1960' }] },
    };
    const body = await postForm({ queries: JSON.stringify(queries) });
    assert.deepEqual(Object.keys(body).sort(), ['q0', 'q1', 'q2', 'q3']);
    const [withBirthYear] = body.q0.result;
    assert.equal(withBirthYear.id, 'ofac-16685');
    assert.ok(withBirthYear.features.some((f: { id: string; value: number }) => f.id === 'birth_date_match' && f.value === 1));
    assert.equal(body.q1.result[0].id, 'ofac-24283');
    assert.deepEqual(body.q1.result[0].type, [{ id: 'Person', name: 'Person' }]);
    assert.equal(body.q2.result.length, 2);
    const [otherYear] = body.q3.result;
    assert.equal(otherYear.id, 'ofac-16685');
    assert.ok(otherYear.score < withBirthYear.score, `${otherYear.score} vs ${withBirthYear.score}`);
    assert.ok(otherYear.features.some((f: { id: string }) => f.id === 'birth_year_mismatch'));
  });

  it('refuses bad queries with a 400 saying what is wrong', async () => {
    const detail = async (promise: Promise<{ detail: string }>) => (await promise).detail;
    assert.match(await detail(api.json('/reconcile/default?queries=%7Bq0', undefined, 400)), /^queries: not valid JSON \(/);
    assert.match(await detail(get({ q0: { query: 5 } }, 400)), /^queries\.q0\.query: Invalid input: expected string, received number$/);
    assert.match(await detail(get({ q0: { query: 'Chemezov', limit: 0 } }, 400)), /^queries\.q0\.limit: Too small/);
    assert.match(await detail(get(['Chemezov'], 400)), /^queries: Invalid input: expected record/);
    assert.match(await detail(get({ q0: { query: 'Chemezov', type: 'Persn' } }, 400)), /^queries\.q0\.type: "Persn" is not a type of this service; use one of Person, Organization, Company, LegalEntity, Vessel, Airplane$/);
    assert.match(await detail(get({ q0: { query: 'Chemezov', properties: [{ pid: 'dob', v: '1952' }] } }, 400)), /^queries\.q0\.properties: schema LegalEntity has no property "dob"$/);
    assert.match(await detail(get({ q0: { query: 'Chemezov', type: 'Person', properties: [{ pid: 'birthDate', v: 'soon' }] } }, 400)), /^queries\.q0\.properties\.birthDate: "soon" is not a date/);
    assert.match(await detail(get({ q0: { query: ' ' } }, 400)), /^queries\.q0: a name is required/);
    assert.match(await detail(get({}, 400)), /^queries: at least one query is required$/);
    assert.match(await detail(postForm({ extend: '{}' }, 400)), /^form\.queries: /);
  });
});
