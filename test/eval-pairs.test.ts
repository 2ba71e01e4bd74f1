/**
 * Integrity of the committed name-pair evaluation set (bench/eval/pairs.jsonl): it parses,
 * both labels are present for every schema, no pair is listed twice, and no negative pairs
 * two names that are equal once lower-cased.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairKey, parsePairs, readPairs } from '../bench/eval/labelled-pair.js';

const pairs = readPairs();

test('the set parses and is several thousand pairs, roughly balanced', () => {
  assert.ok(pairs.length >= 3000, `${pairs.length} pairs`);
  const positives = pairs.filter((p) => p.match).length;
  assert.ok(positives / pairs.length > 0.4 && positives / pairs.length < 0.6, `${positives} positives of ${pairs.length}`);
  for (const p of pairs) assert.equal(typeof p.match, 'boolean');
});

test('every schema and every script has both labels', () => {
  for (const field of ['schema', 'script'] as const) {
    for (const value of new Set(pairs.map((p) => p[field]))) {
      const labels = new Set(pairs.filter((p) => p[field] === value).map((p) => p.match));
      assert.equal(labels.size, 2, `${field} ${value} has only ${[...labels].join()}`);
    }
  }
});

test('no pair appears twice, in either order', () => {
  const seen = new Map<string, number>();
  pairs.forEach((p, i) => {
    const key = pairKey(p);
    assert.equal(seen.get(key), undefined, `line ${i + 1} repeats line ${(seen.get(key) ?? 0) + 1}: ${p.name1} / ${p.name2}`);
    seen.set(key, i);
  });
});

test('no negative pairs names that are equal after lower-casing and whitespace folding', () => {
  const fold = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();
  const equal = pairs.filter((p) => !p.match && fold(p.name1) === fold(p.name2));
  assert.deepEqual(equal, []);
});

test('a line with a label that is not a boolean is refused', () => {
  const line = '{"schema":"Person","name1":"A","name2":"B","match":"yes","kind":"alias","script":"Latin","source":"x"}';
  assert.throws(() => parsePairs(line), /"match" must be true or false/);
});
