import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvalidInputError } from '../model/errors.js';
import { checkCountry, validateMatchQuery, validateThreshold } from './query.js';

function rejects(input: Parameters<typeof validateMatchQuery>[0], message: RegExp): void {
  assert.throws(() => validateMatchQuery(input), (error: unknown) => error instanceof InvalidInputError && message.test(error.message));
}

describe('validateMatchQuery', () => {
  it('accepts a well-formed query and cleans it', () => {
    assert.deepEqual(validateMatchQuery({ schema: 'Person', names: ['  Sergey   Chemezov '], birthDates: ['1952', '1952-08-20'], countries: ['RU', 'Russia'] }), {
      schema: 'Person',
      names: ['Sergey Chemezov'],
      birthDates: ['1952', '1952-08-20'],
      countries: ['ru', 'ru'],
      identifiers: [],
    });
  });

  it('refuses unknown schemata, empty and oversized names, bad dates and countries', () => {
    rejects({ schema: 'Dog', names: ['Rex'] }, /schema "Dog" cannot be matched; use one of Person/);
    rejects({ names: ['Rex'] }, /schema "" cannot be matched/);
    rejects({ schema: 'Person', names: [] }, /a name is required/);
    rejects({ schema: 'Person', names: ['   '] }, /a name is required/);
    rejects({ schema: 'Person', names: ['x'.repeat(100_000)] }, /name of 100000 characters is longer than 500/);
    rejects({ schema: 'Person', names: ['---'] }, /has no letters or digits/);
    rejects({ schema: 'Person', names: ['A B'], birthDates: ['1952-02-30'] }, /birth date "1952-02-30" is not a date/);
    rejects({ schema: 'Person', names: ['A B'], birthDates: ['20.08.1952'] }, /birth date "20.08.1952"/);
    rejects({ schema: 'Person', names: ['A B'], countries: ['Atlantis'] }, /country "Atlantis" is not an ISO 3166 code/);
  });

  it('reads country names the FtM model knows', () => {
    assert.equal(checkCountry('Germany'), 'de');
  });

  it('checks thresholds', () => {
    assert.equal(validateThreshold(0.8), 0.8);
    assert.throws(() => validateThreshold(1.5), InvalidInputError);
    assert.throws(() => validateThreshold(Number.NaN), InvalidInputError);
  });
});
