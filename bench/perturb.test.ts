import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from './eval/sampling.js';
import { nameParts, perturbName, transliterationVariant } from './perturb.js';

// Listed names as the lists write them: OFAC SDN 2023-12-28 (ent_num 35306, 16685), UK HMT 2020-04-27, UN 2026-02-27.
const OFAC = 'CHEMEZOV, Stanislav Sergeyevich';
const UK = 'Aleksandr Yurevich BORODAI';
const UN = 'MUHAMMAD SHOLEH IBRAHIM';

test('name parts in each list style: comma form, UK capital surname, UN surname last', () => {
  assert.deepEqual(nameParts(OFAC), { surname: ['CHEMEZOV'], given: ['Stanislav', 'Sergeyevich'] });
  assert.deepEqual(nameParts(UK), { given: ['Aleksandr', 'Yurevich'], surname: ['BORODAI'] });
  assert.deepEqual(nameParts(UN), { given: ['MUHAMMAD', 'SHOLEH'], surname: ['IBRAHIM'] });
});

test('reordering, dropping the middle name and initials', () => {
  const random = seededRandom(1);
  assert.equal(perturbName(OFAC, 'reorder', random), 'Stanislav Sergeyevich Chemezov');
  assert.equal(perturbName(UN, 'reorder', random), 'Ibrahim Muhammad Sholeh');
  assert.equal(perturbName(OFAC, 'drop_middle', random), 'Stanislav CHEMEZOV');
  assert.equal(perturbName(UK, 'initials', random), 'Aleksandr Y. BORODAI');
  assert.equal(perturbName('CHEMEZOV, Sergei', 'initials', random), 'S. CHEMEZOV');
  assert.equal(perturbName('CHEMEZOV, Sergei', 'drop_middle', random), null);
});

test('another romanization changes one spelling and keeps the case', () => {
  const seen = new Set(Array.from({ length: 40 }, (_, seed) => transliterationVariant('CHEMEZOV, Sergei', seededRandom(seed))));
  assert.deepEqual([...seen].sort(), ['CHEMEZOFF, Sergei', 'CHEMEZOV, Sergey']);
  const khodorkovsky = new Set(Array.from({ length: 60 }, (_, seed) => transliterationVariant('Mikhail Khodorkovsky', seededRandom(seed))));
  assert.deepEqual([...khodorkovsky].sort(), ['Mihail Khodorkovsky', 'Mikhail Hodorkovsky', 'Mikhail Khodorkovskiy']);
  assert.equal(transliterationVariant('BANCO NACIONAL DE CUBA', seededRandom(1)), null);
});

test('a typo is one edit inside a word of four letters or more, first letter kept', () => {
  for (let seed = 0; seed < 200; seed++) {
    const dropped = perturbName(UK, 'typo_drop', seededRandom(seed))!;
    const swapped = perturbName(UK, 'typo_swap', seededRandom(seed));
    const replaced = perturbName(UK, 'typo_replace', seededRandom(seed))!;
    assert.equal(dropped.length, UK.length - 1);
    assert.equal(replaced.length, UK.length);
    assert.equal([...replaced].filter((c, i) => c !== UK[i]).length, 1);
    if (swapped !== null) assert.deepEqual([...swapped].sort(), [...UK].sort());
    for (const changed of [dropped, replaced, ...(swapped === null ? [] : [swapped])]) {
      assert.notEqual(changed, UK);
      assert.deepEqual(changed.split(' ').map((w) => w[0]), ['A', 'Y', 'B'], changed);
    }
  }
  assert.equal(perturbName('WU, Bo', 'typo_drop', seededRandom(1)), null);
});

test('the same seed gives the same perturbation', () => {
  const once = (seed: number) => perturbName(OFAC, 'typo_replace', seededRandom(seed));
  assert.equal(once(42), once(42));
});
