import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryCode, nationalityCode } from './countries.js';

test('countryCode reads country names and codes, not nationality adjectives', () => {
  assert.deepEqual(['Russian Federation', 'Korea, North', 'pk', 'Pakistan'].map(countryCode), ['ru', 'kp', 'pk', 'pk']);
  assert.equal(countryCode('Pakistani'), undefined);
});

test('nationalityCode also reads the adjectives lists write (UN, UK), but not the ambiguous ones', () => {
  const adjectives = ['Afghan', 'Pakistani', 'Tunisian', 'Yemeni', 'Kuwaiti', 'Moroccan', 'German', 'Saudi Arabian', 'Algerian', 'Somali'];
  assert.deepEqual(adjectives.map(nationalityCode), ['af', 'pk', 'tn', 'ye', 'kw', 'ma', 'de', 'sa', 'dz', 'so']);
  assert.deepEqual(['pakistani', ' Saudi  Arabian ', 'Guinea-Bissauan', 'Pakistan'].map(nationalityCode), ['pk', 'sa', 'gw', 'pk']);
  assert.deepEqual(['Congolese', 'Korean', 'Possibly Ethiopian'].map(nationalityCode), [undefined, undefined, undefined]);
});
