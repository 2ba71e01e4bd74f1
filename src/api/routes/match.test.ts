import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiOverSnapshots, type ApiUnderTest } from '../../../test/support/api.js';
import { entityAsOf } from '../../service/entities.js';

type Properties = Record<string, string | string[]>;

describe('POST /match/{dataset} over OFAC SDN 2019-01-04 + 2021-06-29 and UN 2026-02-27', () => {
  let api: ApiUnderTest;
  before(async () => {
    api = await apiOverSnapshots();
  });
  after(() => api.close());

  const post = (path: string, body: unknown, status = 200) =>
    api.json(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, status);
  const matchOne = async (properties: Properties, query = '', schema = 'Person') => (await post(`/match/default${query}`, { queries: { q: { schema, properties } } })).responses.q;
  const ids = (answer: { results: { id: string }[] }) => answer.results.map((r) => r.id);

  it('finds Sergey Chemezov by Latin name, Cyrillic name and reversed name with a birth year', async () => {
    const queries: Properties[] = [{ name: ['Sergey Chemezov'] }, { name: ['Сергей Викторович Чемезов'] }, { name: ['Chemezov Sergei'], birthDate: ['1952'] }];
    for (const properties of queries) {
      const [first] = (await matchOne(properties)).results;
      assert.equal(first.id, 'ofac-16685', JSON.stringify(properties));
      assert.equal(first.caption, 'CHEMEZOV, Sergei');
      assert.equal(first.match, true);
    }
  });

  it('answers in yente shapes: entity fields, score, match, features, explanation, total, matcher, limit', async () => {
    const body = await post('/match/default', { queries: { q1: { schema: 'Person', properties: { name: ['Oleg Deripaska'] } } } });
    assert.deepEqual(Object.keys(body).sort(), ['limit', 'matcher', 'responses']);
    assert.equal(body.limit, 5);
    assert.equal(body.matcher.name, 'sanctions-radar');
    assert.equal(body.matcher.threshold, 0.6);
    assert.deepEqual(body.matcher.features.identifier_match, { description: 'an identifier (passport, tax, registration, IMO ...) is equal', coefficient: 0.3 });
    const answer = body.responses.q1;
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.total, { value: 1, relation: 'eq' });
    const [deripaska] = answer.results;
    assert.equal(deripaska.id, 'ofac-24283');
    assert.equal(deripaska.caption, 'DERIPASKA, Oleg Vladimirovich');
    assert.equal(deripaska.schema, 'Person');
    assert.deepEqual(deripaska.properties.birthDate, ['1968-01-02']);
    assert.deepEqual(deripaska.datasets, ['us_ofac_sdn']);
    assert.equal(deripaska.first_seen, '2019-01-04');
    assert.equal(deripaska.listed, true);
    assert.equal(deripaska.match, true);
    assert.ok(deripaska.score > 0.9 && deripaska.score <= 1, String(deripaska.score));
    assert.deepEqual(deripaska.features, { name_similarity: deripaska.score });
    assert.equal(deripaska.explanation[0].name, 'name_similarity');
    assert.match(deripaska.explanation[0].detail, /^"Oleg Deripaska" vs "DERIPASKA, Oleg Vladimirovich"/);
  });

  it('echoes the cleaned query: countries as ISO codes, dates as ISO, names with whitespace collapsed', async () => {
    const answer = await matchOne({
      name: '  Sergey   Chemezov ',
      nationality: ['Russia', 'Russian Federation', 'RU'],
      birthDate: ['20.08.1952', '1952', ' 20 Aug 1952'],
      country: 'russian',
    });
    assert.deepEqual(answer.query, {
      schema: 'Person',
      properties: { name: ['Sergey Chemezov'], nationality: ['ru'], birthDate: ['1952-08-20', '1952'], country: ['ru'] },
    });
    const [chemezov] = answer.results;
    assert.equal(chemezov.id, 'ofac-16685');
    assert.equal(chemezov.features.birth_date_match, 1);
    assert.equal(chemezov.features.country_match, 1);
    const withId = await post('/match/default', { queries: { c: { id: 'customer-7', schema: 'Person', properties: { name: ['Chemezov'] } } } });
    assert.equal(withId.responses.c.query.id, 'customer-7');
  });

  it('reads a name given in parts, and uses identifiers', async () => {
    assert.equal((await matchOne({ firstName: ['Sergei'], lastName: ['Chemezov'] })).results[0].id, 'ofac-16685');
    const [artavil] = (await matchOne({ name: ['Artavill'], imoNumber: ['9187629'], flag: ['Iran'] }, '', 'Vessel')).results;
    assert.equal(artavil.id, 'ofac-15036');
    assert.equal(artavil.caption, 'ARTAVIL');
    assert.equal(artavil.features.identifier_match, 1);
  });

  it('does not match a party delisted before the latest lists (EN+ GROUP PLC, ofac-24226)', async () => {
    const enPlus = await entityAsOf(api.store, 'ofac-24226');
    assert.equal(enPlus.caption, 'EN+ GROUP PLC');
    assert.equal(enPlus.listed, false);
    const answer = await matchOne({ name: ['EN+ GROUP PLC'] }, '?limit=50', 'Company');
    assert.ok(!ids(answer).includes('ofac-24226'), ids(answer).join(', '));
    assert.ok(answer.results.every((r: { match: boolean }) => !r.match));
  });

  it('narrows by scope, include_dataset and exclude_dataset', async () => {
    const zawahiri = { name: ['Ayman Zawahiri'] };
    assert.deepEqual(ids(await matchOne(zawahiri)), ['ofac-2676', 'unsc-qdi-006', 'ofac-12540']);
    assert.deepEqual(ids(await matchOne(zawahiri, '?include_dataset=un_sc_sanctions')), ['unsc-qdi-006']);
    assert.deepEqual(ids(await matchOne(zawahiri, '?exclude_dataset=un_sc_sanctions')), ['ofac-2676', 'ofac-12540']);
    assert.deepEqual(ids(await matchOne(zawahiri, '?include_dataset=un_sc_sanctions&include_dataset=us_ofac_sdn&exclude_dataset=us_ofac_sdn')), ['unsc-qdi-006']);
    const scoped = await post('/match/un_sc_sanctions', { queries: { q: { schema: 'Person', properties: zawahiri } } });
    assert.deepEqual(ids(scoped.responses.q), ['unsc-qdi-006']);
  });

  it('leaves out excluded entity ids and entities unchanged since changed_since', async () => {
    const zawahiri = { name: ['Ayman Zawahiri'] };
    assert.deepEqual(ids(await matchOne(zawahiri, '?exclude_entity_ids=ofac-2676')), ['unsc-qdi-006', 'ofac-12540']);
    assert.deepEqual(ids(await matchOne(zawahiri, '?exclude_entity_ids=ofac-2676&exclude_entity_ids=unsc-qdi-006')), ['ofac-12540']);
    // ofac-2676 was amended in the 2021-06-29 snapshot, ofac-12540 not; the UN history begins on 2026-02-27.
    assert.deepEqual(ids(await matchOne(zawahiri, '?changed_since=2019-02-01')), ['ofac-2676', 'unsc-qdi-006']);
    assert.deepEqual(ids(await matchOne(zawahiri, '?changed_since=2026-02-28')), []);
    // Sechin is unchanged since the first OFAC snapshot, 2019-01-04.
    assert.deepEqual(ids(await matchOne({ name: ['Igor Sechin'] })), ['ofac-16692']);
    assert.deepEqual(ids(await matchOne({ name: ['Igor Sechin'] }, '?changed_since=2019-01-04')), ['ofac-16692']);
    assert.deepEqual(ids(await matchOne({ name: ['Igor Sechin'] }, '?changed_since=2019-01-05')), []);
  });

  it('applies threshold, cutoff and limit, and reports the total before the limit', async () => {
    const zawahiri = { name: ['Ayman Zawahiri'] };
    const limited = await matchOne(zawahiri, '?limit=1');
    assert.deepEqual(ids(limited), ['ofac-2676']);
    assert.deepEqual(limited.total, { value: 3, relation: 'eq' });
    const cut = await matchOne(zawahiri, '?cutoff=0.5');
    assert.deepEqual(ids(cut), ['ofac-2676', 'unsc-qdi-006']);
    assert.equal(cut.total.value, 2);
    const strict = await post('/match/default?threshold=0.95', { queries: { q: { schema: 'Person', properties: { name: ['Oleg Deripaska'] } } } });
    assert.equal(strict.matcher.threshold, 0.95);
    assert.equal(strict.responses.q.results[0].id, 'ofac-24283');
    assert.equal(strict.responses.q.results[0].match, false);
  });

  it('answers every key of a batch of 100 queries', async () => {
    const names = ['Sergey Chemezov', 'Oleg Deripaska', 'Igor Sechin', 'Kim Jong Un'];
    const expected = ['ofac-16685', 'ofac-24283', 'ofac-16692', 'ofac-20157'];
    const queries = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`row-${i}`, { schema: 'Person', properties: { name: [names[i % 4]!] } }]));
    const body = await post('/match/default?limit=1', { queries });
    assert.equal(Object.keys(body.responses).length, 100);
    for (let i = 0; i < 100; i++) assert.equal(body.responses[`row-${i}`].results[0].id, expected[i % 4], `row-${i}`);
  });

  describe('bad input', () => {
    const expectError = async (path: string, body: unknown, status: number, detail: RegExp) => {
      const error = await post(path, body, status);
      assert.match(error.detail, detail);
    };
    const one = (query: unknown) => ({ queries: { q7: query } });

    it('422 for a query without a schema, as yente', async () => {
      await expectError('/match/default', one({ properties: { name: ['x'] } }), 422, /^json\.queries\.q7\.schema: a FollowTheMoney schema name is required/);
    });

    it('400 naming the query, property and value', async () => {
      await expectError('/match/default', one({ schema: 'Persn', properties: { name: ['x'] } }), 400, /^queries\.q7\.schema: unknown FollowTheMoney schema "Persn"$/);
      await expectError('/match/default', one({ schema: 'Address', properties: { full: ['x'] } }), 400, /^queries\.q7: schema "Address" cannot be matched; use one of Person/);
      await expectError('/match/default', one({ schema: 'Person', properties: { name: ['x'], nme: ['y'], dob: 'z' } }), 400, /^queries\.q7\.properties: schema Person has no property "nme", "dob"$/);
      await expectError('/match/default', one({ schema: 'Person', properties: { name: ['x'], birthDate: ['08/20/1952'] } }), 400, /^queries\.q7\.properties\.birthDate: "08\/20\/1952" is not a date; write YYYY/);
      await expectError('/match/default', one({ schema: 'Person', properties: { name: ['x'], birthDate: ['31.02.1952'] } }), 400, /^queries\.q7\.properties\.birthDate: "31\.02\.1952" is not a date/);
      await expectError('/match/default', one({ schema: 'Person', properties: { name: ['x'], nationality: ['Narnia'] } }), 400, /^queries\.q7\.properties\.nationality: "Narnia" is not an ISO 3166 country code/);
      await expectError('/match/default', one({ schema: 'Person', properties: { gender: ['robot'], name: ['x'] } }), 400, /^queries\.q7\.properties\.gender: Person:gender: not a known gender code/);
      await expectError('/match/default', one({ schema: 'Person', properties: { birthDate: ['1952'] } }), 400, /^queries\.q7: a name is required/);
      await expectError('/match/default', one({ schema: 'Person', properties: 'Chemezov' }), 400, /^json\.queries\.q7\.properties: /);
    });

    it('400 for an empty or oversized batch and malformed JSON', async () => {
      await expectError('/match/default', { queries: {} }, 400, /^queries: at least one query is required$/);
      await expectError('/match/default', {}, 400, /^json\.queries: /);
      const queries = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, { schema: 'Person', properties: { name: ['x'] } }]));
      await expectError('/match/default', { queries }, 400, /^queries: at most 100 queries per request, got 101$/);
      const response = await api.app.request('/match/default', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"queries": ' });
      assert.equal(response.status, 400);
      assert.match((await response.json()).detail, /Malformed JSON/);
    });

    it('400 for options out of range or unknown datasets, 404 for an unknown scope', async () => {
      const body = one({ schema: 'Person', properties: { name: ['Chemezov'] } });
      await expectError('/match/default?threshold=2', body, 400, /^query\.threshold: Too big/);
      await expectError('/match/default?cutoff=-0.1', body, 400, /^query\.cutoff: Too small/);
      await expectError('/match/default?threshold=high', body, 400, /^query\.threshold: /);
      await expectError('/match/default?limit=0', body, 400, /^query\.limit: Too small/);
      await expectError('/match/default?limit=501', body, 400, /^query\.limit: Too big/);
      await expectError('/match/default?changed_since=last-week', body, 400, /^changed_since: must be a date YYYY-MM-DD, got "last-week"$/);
      await expectError('/match/default?include_dataset=eu_fsf', body, 400, /^include_dataset: no dataset eu_fsf is loaded \(loaded: un_sc_sanctions, us_ofac_sdn\)$/);
      await expectError('/match/default?exclude_dataset=eu_fsf', body, 400, /^exclude_dataset: no dataset eu_fsf is loaded/);
      await expectError('/match/eu_fsf', body, 404, /^no dataset eu_fsf is loaded; use default or one of un_sc_sanctions, us_ofac_sdn$/);
    });
  });

  it('is described in the OpenAPI document', () => {
    const doc = api.app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Sanctions Radar', version: 'test' } });
    const operation = doc.paths!['/match/{dataset}']!.post!;
    const params = (operation.parameters as { name: string }[]).map((p) => p.name);
    assert.deepEqual(params, ['dataset', 'limit', 'threshold', 'cutoff', 'algorithm', 'include_dataset', 'exclude_dataset', 'exclude_entity_ids', 'changed_since']);
    assert.deepEqual(Object.keys(operation.responses!).sort(), ['200', '400', '404', '422', '503']);
  });
});
