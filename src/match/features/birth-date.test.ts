import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareBirthDates } from './birth-date.js';

const outcome = (query: string[], listed: string[]) => {
  const term = compareBirthDates(query, listed);
  return term === null ? null : [term.definition.name, term.score, term.describe?.()];
};

describe('compareBirthDates', () => {
  it('agrees at the precision both give', () => {
    assert.deepEqual(outcome(['1952'], ['1953', '1952-08-20']), ['birth_date_match', 1, '1952 agrees with 1952-08-20']);
    assert.deepEqual(outcome(['1952-08-20'], ['1952-08']), ['birth_date_match', 1, '1952-08-20 agrees with 1952-08']);
  });

  it('weighs the closest years of all the dates given', () => {
    assert.deepEqual(outcome(['1952-08-20'], ['1952-09-01']), ['birth_day_mismatch', 1, '1952-08-20 vs listed 1952-09-01']);
    assert.deepEqual(outcome(['1960', '1950'], ['1949', '1970']), ['birth_year_mismatch', 0.5, '1960, 1950 vs listed 1949, 1970']);
    assert.deepEqual(outcome(['1960'], ['1949', '1970']), ['birth_year_mismatch', 1, '1960 vs listed 1949, 1970']);
  });

  it('takes a year that is not a number as a different year', () => {
    assert.deepEqual(outcome(['19xx', '1952-01-01'], ['1952-02-02']), ['birth_year_mismatch', 1, '19xx, 1952-01-01 vs listed 1952-02-02']);
  });

  it('says nothing when a side gives no date', () => {
    assert.equal(outcome([], ['1952']), null);
    assert.equal(outcome(['1952'], []), null);
  });
});
