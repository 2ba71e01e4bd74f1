import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phoneticKey } from './phonetic.js';

test('phoneticKey codes romanization variants alike', () => {
  const groups = [
    ['sergei', 'sergey', 'sergej', 'serguei'],
    ['khodorkovsky', 'hodorkovsky', 'khodorkovskiy'],
    ['vladimir', 'wladimir'],
    ['muhammad', 'mohamed', 'mohammed'],
    ['philip', 'filip'],
  ];
  for (const group of groups) {
    const codes = new Set(group.map(phoneticKey));
    assert.equal(codes.size, 1, `${group.join('/')}: ${[...codes].join(' ')}`);
  }
});

test('phoneticKey keeps different names apart', () => {
  const pairs = [['ivan', 'ivanov'], ['petr', 'pavel'], ['sergei', 'sergeev'], ['karim', 'rahim'], ['putin', 'patrushev']];
  for (const [a, b] of pairs) assert.notEqual(phoneticKey(a!), phoneticKey(b!), `${a} / ${b}`);
});

test('phoneticKey of an empty token is empty', () => {
  assert.equal(phoneticKey(''), '');
});

test('phoneticKey is the Double Metaphone code of the folded token', () => {
  // "zh" and "kh" fold to j and h before coding: Zhukov/Jukov and Khan/Han share a code.
  assert.equal(phoneticKey('zhukov'), phoneticKey('jukov'));
  assert.equal(phoneticKey('khan'), phoneticKey('han'));
  assert.equal(phoneticKey('putin'), 'PTN');
});
