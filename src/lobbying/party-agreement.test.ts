import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { join } from 'node:path';
import { analyseName } from '../match/name-analysis.js';
import { FIXTURES } from '../../test/support/paths.js';
import { countNamesakes, principalIsParty, type PartyFacts } from './party-agreement.js';

/**
 * Every distinct principal-party link the lobbying command gave before these rules, over FARA
 * 2023-08-03 with the OFAC SDN snapshots 2019-01-04 to 2024-07-02, UN 2026-02-27 and UK
 * 2020-04-27, judged by reading: the party's names and countries as the lists give them, and
 * how many listed parties name each of its words.
 */
interface JudgedLink {
  readonly principal: string;
  readonly country: string | null;
  readonly entity_id: string;
  readonly verdict: boolean;
  readonly reason: string;
  readonly party: PartyFacts;
  readonly namesakes: Readonly<Record<string, number>>;
}

const judged = JSON.parse(readFileSync(join(FIXTURES, 'lobbying', 'judged-links.json'), 'utf8')) as JudgedLink[];

test('every judged link of the real lists is kept when true and dropped when false', () => {
  assert.ok(judged.length >= 60 && judged.some((l) => !l.verdict), 'the judged list is the real one');
  const wrong = judged.filter((link) => {
    const isParty = principalIsParty({ name: link.principal, country: link.country }, link.party, (word) => link.namesakes[word.key] ?? 0);
    return isParty !== link.verdict;
  });
  assert.deepEqual(wrong.map((l) => `${l.principal} / ${l.entity_id}: ${l.reason}`), []);
});

const party = (schema: string, names: string[], countries: string[]): PartyFacts => ({ schema, names, countries });
const rare = () => 1;

test('a listed name with two kinds of legal form took a word for one: P/O TERMINAL is not AG TERMINAL OOO', () => {
  // OFAC SDN ent 19038 and FARA 2021-06-25 (registration 596), both Russian.
  const agTerminal = party('LegalEntity', ['AG TERMINAL OOO', 'LLC AG TERMINAL'], ['ru']);
  assert.equal(principalIsParty({ name: 'P/O TERMINAL""', country: 'ru' }, agTerminal, rare), false);
  assert.equal(principalIsParty({ name: 'V/O Promsyrioimport', country: 'ru' }, party('LegalEntity', ['VO PROMSYRIOIMPORT', 'PROMSYRIOIMPORT'], ['ru']), rare), true);
});

test('a Soviet Union principal agrees with the Russian party of its name', () => {
  const sovfracht = party('LegalEntity', ['OJSC SOVFRACHT'], ['ru']);
  assert.equal(principalIsParty({ name: 'V/O Sovfracht', country: 'suhh' }, sovfracht, rare), true);
  assert.equal(principalIsParty({ name: 'V/O Sovfracht', country: 'no' }, sovfracht, rare), false);
});

test('namesakes count the listed parties naming a word once per party, by romanization key', () => {
  const namesakes = countNamesakes([
    party('Person', ['SATAR, Haji Abdul', 'BARAKZAI, Haji Abdul Sattar'], []),
    party('Person', ['ABDUL SATAR ABDUL MANAN'], []),
    party('LegalEntity', ['PDVSA'], []),
  ]);
  assert.deepEqual(analyseName('Person', 'Abdul Sattar Pdvsa Chemezov').tokens.map(namesakes), [2, 2, 1, 0]);
});
