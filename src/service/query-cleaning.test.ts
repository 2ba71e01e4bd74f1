import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidInputError } from '../model/errors.js';
import { cleanDate, cleanExample, exampleMatchQuery } from './query-cleaning.js';

describe('cleanDate', () => {
  it('reads ISO prefixes, day-first dotted dates and "20 Aug 1952"', () => {
    const cases: [string, string][] = [
      ['1952-08-20', '1952-08-20'],
      ['1952-08', '1952-08'],
      ['1952', '1952'],
      ['1952-08-20T10:15:00Z', '1952-08-20'],
      ['20.08.1952', '1952-08-20'],
      ['1.8.1952', '1952-08-01'],
      ['08.1952', '1952-08'],
      ['20 Aug 1952', '1952-08-20'],
      ['Aug 1952', '1952-08'],
    ];
    for (const [text, iso] of cases) assert.equal(cleanDate(text), iso, text);
  });

  it('refuses slashed dates (day and month order unknown) and impossible dates', () => {
    for (const text of ['08/20/1952', '20/08/1952', '31.02.1952', '1952-13', '20.08.52', 'yesterday']) assert.equal(cleanDate(text), undefined, text);
  });
});

describe('cleanExample', () => {
  it('cleans each value by its property type and drops empty and repeated values', () => {
    const cleaned = cleanExample('row-1', {
      id: 'c-1',
      schema: 'Vessel',
      properties: { name: ['  ARK ', 'ARK', ''], flag: ['Panama', 'PA'], imoNumber: ' 9187655 ', buildDate: '01.02.1999' },
    });
    assert.deepEqual(cleaned, { id: 'c-1', schema: 'Vessel', properties: { name: ['ARK'], flag: ['pa'], imoNumber: ['9187655'], buildDate: ['1999-02-01'] } });
  });

  it('names the query, property and value it refuses', () => {
    const refuses = (properties: Record<string, string[]>, message: string, schema = 'Person') =>
      assert.throws(() => cleanExample('row-9', { schema, properties }), (error: Error) => error instanceof InvalidInputError && error.message === message);
    refuses({ nationality: ['Atlantis'] }, 'queries.row-9.properties.nationality: "Atlantis" is not an ISO 3166 country code or a known country name');
    refuses({ birthDate: ['1952/08/20'] }, 'queries.row-9.properties.birthDate: "1952/08/20" is not a date; write YYYY, YYYY-MM, YYYY-MM-DD (a time is cut off), DD.MM.YYYY, MM.YYYY or "20 Aug 1952"');
    refuses({ gender: ['x'] }, 'queries.row-9.properties.gender: Person:gender: not a known gender code (value "x")');
    refuses({ imoNumber: ['9187655'] }, 'queries.row-9.properties: schema Person has no property "imoNumber"');
    refuses({}, 'queries.row-9.schema: unknown FollowTheMoney schema "Human"', 'Human');
  });
});

describe('exampleMatchQuery', () => {
  it('feeds every name, the joined name parts, birth dates, countries and identifiers to the matcher', () => {
    const example = cleanExample('q', {
      schema: 'Person',
      properties: {
        alias: ['Sergei Chemezov'],
        weakAlias: ['Chemezov S.'],
        firstName: ['Sergey'],
        fatherName: ['Viktorovich'],
        lastName: ['Chemezov'],
        birthDate: ['20.08.1952'],
        nationality: ['Russia'],
        citizenship: ['RU', 'cy'],
        passportNumber: ['1234567'],
        idNumber: ['RU-42'],
        notes: ['ignored by the matcher'],
      },
    });
    assert.deepEqual(exampleMatchQuery('q', example), {
      schema: 'Person',
      names: ['Sergei Chemezov', 'Chemezov S.', 'Sergey Viktorovich Chemezov'],
      birthDates: ['1952-08-20'],
      // In the order of the model's property names: citizenship before nationality, idNumber before passportNumber.
      countries: ['ru', 'cy'],
      identifiers: ['RU-42', '1234567'],
    });
  });

  it('refuses a query without a name, and a schema that cannot be matched, naming the query', () => {
    assert.throws(() => exampleMatchQuery('q2', cleanExample('q2', { schema: 'Company', properties: { jurisdiction: ['ru'] } })), /^InvalidInputError: queries\.q2: a name is required/);
    assert.throws(() => exampleMatchQuery('q3', cleanExample('q3', { schema: 'Address', properties: { full: ['1 Main St'] } })), /^InvalidInputError: queries\.q3: schema "Address" cannot be matched/);
  });
});
