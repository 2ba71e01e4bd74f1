import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countriesAgree } from './country-agreement.js';

test('countries agree when one is the other, its region, or a state it succeeded', () => {
  assert.equal(countriesAgree('ru', ['gb', 'je', 'ru']), 'agree');
  assert.equal(countriesAgree('ua', ['ua-cri']), 'agree');
  assert.equal(countriesAgree('suhh', ['ru']), 'agree');
  assert.equal(countriesAgree('by', ['suhh']), 'agree');
});

test('countries disagree when none of the listed ones is the principal\'s; unknown when a side states none', () => {
  assert.equal(countriesAgree('sd', ['ir']), 'disagree');
  assert.equal(countriesAgree('no', ['suhh']), 'disagree');
  assert.equal(countriesAgree(null, ['ru']), 'unknown');
  assert.equal(countriesAgree('cn', []), 'unknown');
});
