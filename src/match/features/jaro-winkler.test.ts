import assert from 'node:assert/strict';
import { test } from 'node:test';
import talismanJaroWinkler from 'talisman/metrics/jaro-winkler.js';
import { jaroWinkler, surelyBelowBoost } from './jaro-winkler.js';

/** Random words over a small alphabet, so that many pairs share letters, prefixes and transpositions. */
function words(count: number, seed: number): string[] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 14) }, () => 'aeiklmnrst'[Math.floor(next() * 10)]).join(''));
}

test('jaroWinkler gives talisman\'s value to the last bit, on names and on random words of every length', () => {
  const names = ['martha', 'marhta', 'dwayne', 'duane', 'dixon', 'dicksonx', 'sergei', 'sergey', 'mohammad', 'muhammad', 'ali', 'aly', '', 'a', 'jo', 'oj'];
  const pool = [...names, ...words(300, 7), 'x'.repeat(80), `${'x'.repeat(79)}y`];
  let compared = 0;
  for (const a of pool) {
    for (const b of pool) {
      assert.equal(jaroWinkler(a, b), talismanJaroWinkler(a, b), `${a} / ${b}`);
      compared++;
    }
  }
  assert.ok(compared > 100_000);
});

test('surelyBelowBoost rules out only pairs whose Jaro-Winkler is below 0.7, and most unlike pairs', () => {
  const pool = words(300, 11).filter((w) => w !== '');
  let [ruledOut, unlike] = [0, 0];
  for (const a of pool) {
    for (const b of pool) {
      const similarity = talismanJaroWinkler(a, b);
      if (surelyBelowBoost(a, b)) {
        assert.ok(similarity < 0.7, `${a} / ${b}: ${similarity}`);
        ruledOut++;
      }
      if (similarity < 0.5) unlike++;
    }
  }
  assert.ok(ruledOut > unlike / 2, `${ruledOut} ruled out of ${unlike} unlike pairs`);
});
