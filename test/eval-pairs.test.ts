/**
 * Integrity of the committed name-pair evaluation set (bench/eval/pairs.jsonl): it parses,
 * the headline is balanced, both labels are present for every schema, no pair is listed
 * twice, no negative pairs two names that are equal once lower-cased, and positive kinds
 * agree with the variant rule (name-variants.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHeadlinePair, pairKey, parsePairs, readPairs } from '../bench/eval/labelled-pair.js';
import { nameRelation } from '../bench/eval/name-variants.js';

const pairs = readPairs();

test('the set parses and is several thousand pairs, the headline (name variants + negatives) roughly balanced', () => {
  assert.ok(pairs.length >= 3000, `${pairs.length} pairs`);
  const headline = pairs.filter(isHeadlinePair);
  const positives = headline.filter((p) => p.match).length;
  assert.ok(positives / headline.length > 0.4 && positives / headline.length < 0.6, `${positives} positives of ${headline.length}`);
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

test('name-variant positives are variants by the rule, other names and acronyms are not', () => {
  const relation = (p: (typeof pairs)[number]): string => nameRelation(p.name1, p.name2, p.script !== 'Latin');
  const expected: Record<string, string> = { alias: 'variant', original_script: 'variant', cross_list: 'variant', other_name: 'other_name', acronym: 'acronym' };
  const wrong = pairs.filter((p) => p.match && expected[p.kind] !== undefined && relation(p) !== expected[p.kind]);
  assert.deepEqual(wrong.slice(0, 5), []);
  assert.ok(pairs.filter((p) => p.kind === 'other_name').length >= 300);
});

test('a line with a label that is not a boolean is refused', () => {
  const line = '{"schema":"Person","name1":"A","name2":"B","match":"yes","kind":"alias","script":"Latin","source":"x"}';
  assert.throws(() => parsePairs(line), /"match" must be true or false/);
});
