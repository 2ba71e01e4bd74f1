import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { InvalidInputError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import { ofacSnapshot } from '../../test/support/ofac-files.js';
import { sharedData } from '../../test/support/paths.js';
import { tempCopies } from '../../test/support/source-testing.js';
import { BACKENDS, openWithSnapshots } from '../../test/support/stores.js';
import { lobbyingLinks } from './lobbying.js';

const FARA = sharedData('fara', '2021-06-25');

/**
 * FARA 2021-06-25 with its principals of Russia and Venezuela only (every registrant), so the
 * file loads in a second; the rows are the real ones.
 */
function faraRussiaAndVenezuela(): string {
  const copies = tempCopies('fara-ru-ve-');
  const [header, ...rows] = readFileSync(join(FARA, 'FARA_All_ForeignPrincipals.csv'), 'utf8').split('\r\n');
  const kept = rows.filter((line) => /^"[^"]*","(?:[^"]|"")*","[^"]*","(RUSSIA|VENEZUELA)",/.test(line));
  copies.write('FARA_All_ForeignPrincipals.csv', [header, ...kept, ''].join('\r\n'));
  copies.write('FARA_All_Registrants.csv', readFileSync(join(FARA, 'FARA_All_Registrants.csv')));
  return copies.dir;
}

let store: Store;
before(async () => {
  const fara = { format: 'fara-csv', path: faraRussiaAndVenezuela(), asOf: '2021-06-25' };
  store = await openWithSnapshots(BACKENDS[0]!, [ofacSnapshot('2019-01-04'), ofacSnapshot('2021-06-29'), fara]);
});
after(() => store.close());

const row = (l: Awaited<ReturnType<typeof lobbyingLinks>>[number]) =>
  [l.registration_number, l.registrant, l.principal, l.start, l.end, l.entity_id, l.caption, l.listed_from, l.listed_to, l.listed_during_representation];

test('the Russian representations of OFAC-listed parties in FARA 2021-06-25, with both histories', async () => {
  const links = await lobbyingLinks(store, { sanctionedOnly: true, country: 'RU' });
  assert.deepEqual(links.map(row), [
    ['5934', 'Endeavor Law Firm, PC', 'Deripaska, Oleg', '2009-05-08', '2018-04-05', 'ofac-24283', 'DERIPASKA, Oleg Vladimirovich', '2019-01-04', null, false],
    // En+ left the SDN list between the two snapshots, before Mercury's registration for it.
    ['6170', 'Mercury Public Affairs, LLC', 'En+ Group International Public Joint-Stock Company', '2019-05-22', null, 'ofac-24226', 'EN+ GROUP PLC', '2019-01-04', '2019-01-04', false],
    ['596', 'Amtorg Trading Corporation', 'Production Association Izhevskei Mekhanicheskei Zavod""', '1990-05-17', '1992-04-30', 'ofac-18317', 'IZHEVSKY MEKHANICHESKY ZAVOD JSC', '2019-01-04', null, false],
    ['596', 'Amtorg Trading Corporation', 'V/O Promsyrioimport', '1949-11-07', '1993-05-03', 'ofac-26118', 'PROMSYRIOIMPORT', '2019-01-04', null, false],
  ]);
  const enPlus = links[1]!;
  assert.equal(enPlus.country, 'ru');
  assert.ok(enPlus.score! >= 0.7 && enPlus.score! < 0.75, `score ${enPlus.score}`);
  assert.deepEqual(enPlus.explanation.filter((f) => f.score > 0).map((f) => f.name), ['name_similarity', 'legal_form_mismatch']);
});

test('a representation listed during its term: PDVSA (registration 6903) since 2021-04-30, listed from 2021-06-29', async () => {
  const links = await lobbyingLinks(store, { sanctionedOnly: true, country: 'Venezuela' });
  const during = links.filter((l) => l.listed_during_representation).map(row);
  assert.deepEqual(during, [
    ['6903', 'PDV USA, Inc.', 'Petroleos de Venezuela, S.A. (PDVSA)', '2021-04-30', null, 'ofac-26367', 'PETROLEOS DE VENEZUELA, S.A.', '2021-06-29', null, true],
  ]);
});

test('without --sanctioned-only every representation is listed once; principals sharing a common word stay unlinked', async () => {
  const links = await lobbyingLinks(store, { country: 'RU' });
  assert.equal(links.length, 235);
  const unlinked = (principal: string) => links.filter((l) => l.principal === principal).map((l) => l.entity_id);
  assert.deepEqual(unlinked('Russian Federation'), [null]);
  assert.deepEqual(unlinked('OAO Gazprom'), [null]);
  assert.deepEqual(unlinked('Rosneft OJSC'), [null]);
  assert.deepEqual(unlinked('Intourist'), [null, null, null]);
  // AG TERMINAL OOO, also Russian, shares only TERMINAL with it.
  assert.deepEqual(unlinked('P/O TERMINAL""'), [null]);
});

test('an unknown country is a clear error', async () => {
  await assert.rejects(lobbyingLinks(store, { country: 'Atlantis' }), (error: unknown) => {
    assert.ok(error instanceof InvalidInputError);
    assert.equal(error.message, '--country: "Atlantis" is not a country name or code');
    return true;
  });
});
