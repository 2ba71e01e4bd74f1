/**
 * The builder's draw: the order of an item depends on its own key, so removing some items
 * leaves the others' draw as it was, and one key is drawn once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draw, hashOrdered } from './sampling.js';

const names = Array.from({ length: 200 }, (_, i) => `name ${i}`);
const same = (x: string) => x;

test('hashOrdered: each item keeps its place relative to the others when items are removed', () => {
  const all = hashOrdered(names, same, 7);
  assert.notDeepEqual(all, names);
  const kept = names.filter((_, i) => i % 3 !== 0);
  assert.deepEqual(hashOrdered(kept, same, 7), all.filter((name) => kept.includes(name)));
  assert.notDeepEqual(hashOrdered(names, same, 8), all);
});

test('draw: a removed item is replaced by the next one, the rest stay drawn', () => {
  const before = draw(names, { count: 20, key: same, seed: 7 });
  const without = draw(names.filter((n) => n !== before[5]), { count: 20, key: same, seed: 7 });
  assert.deepEqual(without.slice(0, 19), before.filter((n) => n !== before[5]));
  assert.equal(new Set(draw([...names, ...names], { count: 300, key: same, seed: 7 })).size, 200);
});
