import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchableEntitiesOf, UN_SC_2026 } from '../test/support/match-corpus.js';
import { cleanCustomers, ListedNames } from './clean-customers.js';
import { namePoolsOf, syntheticEntities } from './synthetic-corpus.js';

const listed = await matchableEntitiesOf(UN_SC_2026);
const pools = namePoolsOf(listed);

test('name pools hold the listed name parts with their frequencies', () => {
  // UN 2026-02-27: "MUHAMMAD SHOLEH IBRAHIM" and many more.
  assert.ok(pools.surnames.includes('Ibrahim'));
  const muhammads = pools.givenNames.filter((n) => n === 'Muhammad').length;
  assert.ok(muhammads > 10 && muhammads < pools.givenNames.length / 5, `${muhammads}`);
  assert.ok(pools.organizationEndings.includes('CORPORATION'));
  assert.ok(pools.countries.includes('kp'));
});

test('the generated corpus: deterministic, about 70% persons, one to three names, facts for some', () => {
  const corpus = [...syntheticEntities(pools, 2000, 5)];
  assert.deepEqual([...syntheticEntities(pools, 50, 5)], corpus.slice(0, 50));
  assert.notDeepEqual([...syntheticEntities(pools, 50, 6)].map((e) => e.names), corpus.slice(0, 50).map((e) => e.names));
  const persons = corpus.filter((e) => e.schema === 'Person');
  assert.ok(persons.length > 1300 && persons.length < 1500, `${persons.length}`);
  assert.ok(corpus.every((e) => e.names.length >= 1 && e.names.length <= 3));
  assert.ok(corpus.some((e) => e.names.length === 3));
  const withBirthDate = persons.filter((e) => e.birthDates.length > 0).length / persons.length;
  assert.ok(withBirthDate > 0.5 && withBirthDate < 0.7, `${withBirthDate}`);
  assert.equal(new Set(corpus.map((e) => e.id)).size, corpus.length);
});

test('clean customers hold no listed name nor part of one', () => {
  const notListed = new ListedNames(listed);
  assert.ok(notListed.covers('Muhammad Sholeh Ibrahim'));
  assert.ok(notListed.covers('ibrahim, muhammad'));
  const customers = cleanCustomers(pools, notListed, { count: 500, seed: 3, withFacts: false });
  assert.equal(customers.length, 500);
  assert.ok(customers.every((c) => !notListed.covers(c.query.names[0]!) && c.query.birthDates === undefined));
});
