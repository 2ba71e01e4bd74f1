/**
 * A cutoff leaves out the candidates that surely score below it before they are fully scored:
 * on the real lists, the results must be those of a match without cutoff, less the ones below.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { indexOf, matchableEntitiesOf, OFAC_SDN_2019, UK_HMT_2020, UN_SC_2026 } from '../../../test/support/match-corpus.js';
import { validateMatchQuery } from '../query.js';
import type { MatchableEntity, MatchQuery } from '../types.js';
import type { MatchIndex } from './match-index.js';

let index: MatchIndex;
let listed: MatchableEntity[];

before(async () => {
  const files = [OFAC_SDN_2019, UN_SC_2026, UK_HMT_2020];
  index = await indexOf(files);
  listed = (await Promise.all(files.map(matchableEntitiesOf))).flat();
});

const QUERIES = 400;
const ALL = 100_000;

/**
 * Listed parties with birth dates or identifiers, asked for by an alias, whole or less its last
 * word, with their own facts: those add to the score, so names scoring below the cutoff reach it.
 */
function queries(): MatchQuery[] {
  const known = listed.filter((e) => e.names.length > 1 && (e.birthDates.length > 0 || e.identifiers.length > 0));
  const step = Math.floor(known.length / QUERIES);
  return Array.from({ length: QUERIES }, (_, n) => {
    const entity = known[n * step]!;
    const alias = entity.names[1]!;
    const name = n % 2 === 0 ? alias : alias.split(' ').slice(0, -1).join(' ') || alias;
    const { schema, birthDates, countries, identifiers } = entity;
    return validateMatchQuery({ schema, names: [name], birthDates: [...birthDates], countries: [...countries], identifiers: [...identifiers] });
  });
}

describe('match with a cutoff', () => {
  it('returns what a match without cutoff returns at or above it, scored and explained alike', () => {
    let kept = 0;
    for (const query of queries()) {
      const everything = index.match(query, { limit: ALL });
      for (const cutoff of [0.3, 0.6, 0.8]) {
        const expected = everything.filter((result) => result.score >= cutoff);
        assert.deepEqual(index.match(query, { limit: ALL, cutoff }), expected, `${query.names[0]} at ${cutoff}`);
        kept += expected.length;
      }
    }
    assert.ok(kept > QUERIES, `${kept} results kept`);
  });
});
