import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameAgreement, namesAgree } from './name-agreement.js';

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

test('a person written "SURNAME, Given names": the principal names the whole surname', () => {
  // OFAC SDN 2019-01-04 ent 13361 and 29362; FARA principals of registrations 273 and 6399.
  assertAgreement([['Pedro Martinez', 'Person', 'CARDONA MARTINEZ, Pedro']], false);
  assertAgreement([['Reinaldo Munoz Pedroza', 'Person', 'MUNOZ PEDROZA, Reinaldo Enrique']], true);
});

test("a listed name's bracketed qualifier is a word the principal must name: a branch is another party", () => {
  assertAgreement([['National Iranian Oil Company', 'Company', 'IRANIAN OIL COMPANY (U.K.) LIMITED']], false);
  assertAgreement([['Comoil, S.A.', 'Company', 'COMOIL (PVT) LTD']], false);
  assertAgreement([['Minerals Marketing Corporation of Zimbabwe (MMCZ)', 'Company', 'MINERALS MARKETING CORPORATION OF ZIMBABWE']], true);
});

test('the agreement says which words are shared, whether the whole listed name is, and whether they are spelled alike', () => {
  const bajer = nameAgreement('Bayer, A.G.', 'Company', 'BAJER S.R.L.');
  assert.deepEqual([bajer?.shared.map((w) => w.text), bajer?.whole, bajer?.spelledAlike], [['bajer'], true, false]);
  const raisa = nameAgreement('Raisa Bogatyreva (through the Situation Modeling Agency)', 'Person', 'BOGATYRYOVA, Raisa');
  assert.deepEqual([raisa?.shared.map((w) => w.text), raisa?.whole], [['bogatyryova', 'raisa'], true]);
  const lopez = nameAgreement('Leopoldo Lopez', 'Person', 'LOPEZ, Angel Leopoldo');
  assert.deepEqual([lopez?.shared.map((w) => w.text), lopez?.whole], [['lopez', 'leopoldo'], false]);
});
