import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiOverSnapshots, type ApiUnderTest } from '../../../test/support/api.js';
import { ofacSnapshot } from '../../../test/support/ofac-files.js';
import { sharedData } from '../../../test/support/paths.js';

let api: ApiUnderTest;
before(async () => {
  api = await apiOverSnapshots([ofacSnapshot('2021-06-29'), { format: 'fara-csv', path: sharedData('fara', '2021-06-25'), asOf: '2021-06-25' }]);
});
after(() => api.close());

test('GET /lobbying?sanctioned_only=true&country=RU: the Russian principals matching SDN 2021-06-29 parties', async () => {
  const links = (await api.json('/lobbying?sanctioned_only=true&country=RU')) as Record<string, unknown>[];
  // En+ is not among them: it was delisted before 2021-06-29, the only OFAC snapshot here.
  assert.deepEqual(
    links.map((l) => [l.registration_number, l.principal, l.entity_id, l.listed_from, l.listed_to]),
    [
      ['5934', 'Deripaska, Oleg', 'ofac-24283', '2021-06-29', null],
      ['596', 'Production Association Izhevskei Mekhanicheskei Zavod""', 'ofac-18317', '2021-06-29', null],
      ['596', 'V/O Promsyrioimport', 'ofac-26118', '2021-06-29', null],
    ],
  );
  assert.deepEqual(Object.keys(links[0]!), [
    'registration_number', 'registrant', 'principal', 'country', 'start', 'end', 'entity_id', 'caption', 'score',
    'explanation', 'listed_from', 'listed_to', 'listed_during_representation',
  ]);
  assert.deepEqual([links[0]!.registrant, links[0]!.start, links[0]!.end, links[0]!.listed_during_representation], ['Endeavor Law Firm, PC', '2009-05-08', '2018-04-05', false]);
});

test('without sanctioned_only every Russian representation is an item, unmatched ones with null party fields', async () => {
  const links = (await api.json('/lobbying?country=Russia')) as Record<string, unknown>[];
  assert.equal(links.length, 235);
  const federation = links.find((l) => l.principal === 'Russian Federation')!;
  assert.deepEqual([federation.registration_number, federation.entity_id, federation.score, federation.listed_from], ['5758', null, null, null]);
});

test('a bad country, date or flag is a 400 naming the parameter', async () => {
  const country = await api.json('/lobbying?country=Atlantis', undefined, 400);
  assert.equal(country.detail, '--country: "Atlantis" is not a country name or code');
  const date = await api.json('/lobbying?as_of=2021-13-01', undefined, 400);
  assert.match(date.detail, /as-of: must be a date YYYY-MM-DD, got "2021-13-01"/);
  const flag = await api.json('/lobbying?sanctioned_only=yes', undefined, 400);
  assert.match(flag.detail, /sanctioned_only/);
});

test('/openapi.json documents GET /lobbying', async () => {
  const spec = await api.json('/openapi.json');
  assert.deepEqual(Object.keys(spec.paths['/lobbying']), ['get']);
  assert.deepEqual(Object.keys(spec.paths['/lobbying'].get.responses).sort(), ['200', '400', '404']);
  assert.deepEqual(spec.paths['/lobbying'].get.parameters.map((p: { name: string }) => p.name), ['sanctioned_only', 'country', 'as_of', 'entity_id']);
});

test('GET /lobbying?entity_id=: only the representations linked to that listed party; an id never matched gives []', async () => {
  // Within one country: each request links every principal it keeps, which is seconds of CPU for all of them.
  const russian = (await api.json('/lobbying?sanctioned_only=true&country=RU')) as Record<string, unknown>[];
  const deripaska = (await api.json('/lobbying?entity_id=ofac-24283&country=RU')) as Record<string, unknown>[];
  assert.deepEqual(deripaska, russian.filter((l) => l.entity_id === 'ofac-24283'));
  assert.deepEqual(deripaska.map((l) => [l.registration_number, l.registrant, l.principal]), [['5934', 'Endeavor Law Firm, PC', 'Deripaska, Oleg']]);
  assert.deepEqual(await api.json('/lobbying?entity_id=no-such-party&country=RU'), []);
  assert.match((await api.json('/lobbying?entity_id=', undefined, 400)).detail, /entity_id/);
});
