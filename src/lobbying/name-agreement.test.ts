import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesAgree } from './name-agreement.js';

// Principals as FARA writes them, listed names as OFAC SDN does.
test('a principal agrees with the listed organisation of the same distinctive words, spelled alike', () => {
  assert.equal(namesAgree('En+ Group International Public Joint-Stock Company', 'Company', 'EN+ GROUP PLC'), true);
  assert.equal(namesAgree('Production Association Izhevskei Mekhanicheskei Zavod""', 'Company', 'IZHEVSKY MEKHANICHESKY ZAVOD JSC'), true);
  assert.equal(namesAgree('V/O Promsyrioimport', 'Organization', 'PROMSYRIOIMPORT'), true);
});

test('one common word shared with a listed name is not agreement', () => {
  assert.equal(namesAgree('Russian Federation', 'Company', 'BANK ROSSIYA'), false);
  assert.equal(namesAgree('Middle East Airlines', 'Company', 'MIDDLE EAST BANK'), false);
  assert.equal(namesAgree('Asian Development Bank', 'Company', 'ARIAN BANK'), false);
  assert.equal(namesAgree('OAO Gazprom', 'Company', 'GAZPROM BURENIE, OOO'), false);
  assert.equal(namesAgree('Rosneft OJSC', 'Company', 'ROSNEFT TRADING S.A.'), false);
});

test('a principal with words the listed name lacks is another party', () => {
  assert.equal(namesAgree('Central Bank of the Republic of Turkey', 'Company', 'CENTRAL REPUBLIC BANK'), false);
  assert.equal(namesAgree('Ministry of the Russian Federation for Atomic Energy', 'Organization', 'MINISTRY OF ATOMIC ENERGY INDUSTRY'), false);
  assert.equal(namesAgree('Intourist', 'Company', 'INTRUST PLC EAD'), false);
});

test('a person: the principal names two or more of the name words, a patronymic may be left out', () => {
  assert.equal(namesAgree('Deripaska, Oleg', 'Person', 'DERIPASKA, Oleg Vladimirovich'), true);
  assert.equal(namesAgree('Deripaska', 'Person', 'DERIPASKA, Oleg Vladimirovich'), false);
  assert.equal(namesAgree('Ali Hadad', 'Person', 'HADDAD-ADEL, Gholamali'), false);
  assert.equal(namesAgree('Ibrahim Yacouba', 'Person', 'AL-YACOUB, Ibrahim Salih Mohammed'), false);
});
