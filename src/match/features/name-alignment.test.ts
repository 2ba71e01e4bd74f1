/**
 * The bound that lets alignNames leave an alignment unfinished, on the real name pairs of
 * bench/eval/pairs.jsonl (list aliases, transcriptions, acronyms, and names of other parties):
 * it must never be below the score the finished alignment has.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../../test/support/paths.js';
import { analyseName } from '../name-analysis.js';
import { listTokenWeight } from '../token-rarity.js';
import { alignNames, type AlignOptions } from './name-alignment.js';

interface EvalPair {
  readonly schema: string;
  readonly name1: string;
  readonly name2: string;
}

const pairs = readFileSync(join(REPO_ROOT, 'bench/eval/pairs.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as EvalPair);

// Both kinds of names, with rarity weights and with role weights alone.
const OPTION_SETS: readonly AlignOptions[] = [
  { weightOf: listTokenWeight, lenient: true },
  { weightOf: listTokenWeight, acronyms: true },
  { lenient: true },
  { acronyms: true },
];

describe('alignNames with a floor', () => {
  it('finishes every alignment whose score reaches the floor, with the same result', () => {
    let checked = 0;
    for (const pair of pairs) {
      const [left, right] = [analyseName(pair.schema, pair.name1), analyseName(pair.schema, pair.name2)];
      for (const options of OPTION_SETS) {
        for (const [a, b] of [[left, right], [right, left]] as const) {
          const full = alignNames(a, b, options);
          assert.deepEqual(alignNames(a, b, options, full.score), full, `${a.original} / ${b.original} ${JSON.stringify(options)}`);
          checked++;
        }
      }
    }
    assert.equal(checked, pairs.length * OPTION_SETS.length * 2);
  });

  it('leaves unfinished most alignments of names of other parties that cannot reach 0.6', () => {
    let [below, unfinished] = [0, 0];
    for (const pair of pairs) {
      const [left, right] = [analyseName(pair.schema, pair.name1), analyseName(pair.schema, pair.name2)];
      const options = OPTION_SETS[0]!;
      if (alignNames(left, right, options).score >= 0.6) continue;
      below++;
      if (alignNames(left, right, options, 0.6) === null) unfinished++;
    }
    assert.ok(below > 1000, `${below} pairs below 0.6`);
    assert.ok(unfinished > below / 2, `${unfinished} of ${below} left unfinished`);
  });

  it('leaves every alignment unfinished for a floor no name score reaches', () => {
    const [left, right] = [analyseName('Person', 'Sergey Chemezov'), analyseName('Person', 'CHEMEZOV, Sergei')];
    assert.equal(alignNames(left, right, {}).score, 1);
    assert.notEqual(alignNames(left, right, {}, 1), null);
    assert.equal(alignNames(left, right, {}, 1.01), null);
  });
});
