import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesAgree } from './name-agreement.js';

/** [FARA principal, listed party's schema, listed name as OFAC SDN writes it]. */
type Case = readonly [string, string, string];

function assertAgreement(cases: readonly Case[], expected: boolean): void {
  for (const [principal, schema, listed] of cases) assert.equal(namesAgree(principal, schema, listed), expected, `${principal} / ${listed}`);
}

test('a principal agrees with the listed organisation of the same distinctive words, spelled alike', () => {
  assertAgreement(
    [
      ['En+ Group International Public Joint-Stock Company', 'Company', 'EN+ GROUP PLC'],
      ['Production Association Izhevskei Mekhanicheskei Zavod""', 'Company', 'IZHEVSKY MEKHANICHESKY ZAVOD JSC'],
      ['V/O Promsyrioimport', 'Organization', 'PROMSYRIOIMPORT'],
    ],
    true,
  );
});

test('one common word shared with a listed name is not agreement', () => {
  assertAgreement(
    [
      ['Russian Federation', 'Company', 'BANK ROSSIYA'],
      ['Middle East Airlines', 'Company', 'MIDDLE EAST BANK'],
      ['Asian Development Bank', 'Company', 'ARIAN BANK'],
      ['OAO Gazprom', 'Company', 'GAZPROM BURENIE, OOO'],
      ['Rosneft OJSC', 'Company', 'ROSNEFT TRADING S.A.'],
    ],
    false,
  );
});

test('a principal with words the listed name lacks is another party', () => {
  assertAgreement(
    [
      ['Central Bank of the Republic of Turkey', 'Company', 'CENTRAL REPUBLIC BANK'],
      ['Ministry of the Russian Federation for Atomic Energy', 'Organization', 'MINISTRY OF ATOMIC ENERGY INDUSTRY'],
      ['Intourist', 'Company', 'INTRUST PLC EAD'],
      ['State Information Agency', 'Company', 'INFOROS INFORMATION AGENCY, CO, LTD.'],
    ],
    false,
  );
});

test('a person: the principal names two or more of the name words, a patronymic may be left out', () => {
  assertAgreement([['Deripaska, Oleg', 'Person', 'DERIPASKA, Oleg Vladimirovich']], true);
  assertAgreement(
    [
      ['Deripaska', 'Person', 'DERIPASKA, Oleg Vladimirovich'],
      ['Ali Hadad', 'Person', 'HADDAD-ADEL, Gholamali'],
      ['Ibrahim Yacouba', 'Person', 'AL-YACOUB, Ibrahim Salih Mohammed'],
    ],
    false,
  );
});
