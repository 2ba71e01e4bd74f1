/**
 * The matcher on real lists: OFAC SDN 2019-01-04, UN SC 2026-02-27 and UK HMT 2020-04-27
 * parsed from ../shared/data. The queries are the ones users type: other scripts, other
 * romanizations, reordered and abbreviated names, typos.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { MatchIndex } from './match-index.js';
import { DEFAULT_THRESHOLD } from '../score.js';
import { validateMatchQuery } from '../query.js';
import { indexOf, OFAC_SDN_2019, UK_HMT_2020, UN_SC_2026 } from '../../../test/support/match-corpus.js';

let index: MatchIndex;

before(async () => {
  index = await indexOf([OFAC_SDN_2019, UN_SC_2026, UK_HMT_2020]);
});

function top(schema: string, name: string, extra: { birthDates?: string[]; countries?: string[]; datasets?: string[] } = {}) {
  const { datasets, ...query } = extra;
  return index.match(validateMatchQuery({ schema, names: [name], ...query }), { limit: 5, datasets });
}

/**
 * The entity is the first result among its own list's entities (the same person is often on
 * several lists, and those records tie with it: see the cross-list test below).
 */
function assertFirst(schema: string, name: string, id: string): void {
  const results = top(schema, name, { datasets: [id.startsWith('ofac-') ? 'us_ofac_sdn' : 'un_sc_sanctions'] });
  assert.equal(results[0]?.entity.id, id, `${name}: got ${results.map((r) => `${r.entity.id} ${r.entity.caption} ${r.score.toFixed(3)}`).join('; ')}`);
}

describe('match index over OFAC, UN and UK lists', () => {
  it('indexes every matchable target', () => {
    // 7,379 OFAC targets in 2019-01-04, plus the UN and UK lists.
    assert.ok(index.size > 7379 + 1000, `size ${index.size}`);
  });

  for (const name of ['Sergey Chemezov', 'Сергей Викторович Чемезов', 'Chemezov Sergei', 'S. Chemezov', 'CHEMEZOV, Sergei', 'Serguei Tchemezov']) {
    it(`finds CHEMEZOV, Sergei (ofac-16685) for "${name}"`, () => assertFirst('Person', name, 'ofac-16685'));
  }

  for (const name of ['Alexander Torshin', 'Александр Торшин', 'Aleksandr Porfirievich Torshin', 'TORSHIN Alexandr']) {
    it(`finds TORSHIN, Alexander Porfiryevich (ofac-24103) for "${name}"`, () => assertFirst('Person', name, 'ofac-24103'));
  }

  for (const name of ['Oleg Deripaska', 'Олег Дерипаска', 'Oleg Derpaska', 'Deripaska O.V.']) {
    it(`finds DERIPASKA, Oleg Vladimirovich (ofac-24283) for "${name}"`, () => assertFirst('Person', name, 'ofac-24283'));
  }

  it('finds one person on the OFAC and UK lists as equal top results', () => {
    const ids = top('Person', 'Сергей Викторович Чемезов').slice(0, 2).map((r) => r.entity.id).sort();
    assert.deepEqual(ids, ['gb-hmt-13115', 'ofac-16685']);
  });

  it('finds UN-listed people by their original-script names', () => {
    assertFirst('Person', 'صدام حسين التكريتي', 'unsc-iqi-001');
    assertFirst('Person', 'Saddam Hussein al-Tikriti', 'unsc-iqi-001');
    assertFirst('Person', 'Умаров Доку Хаматович', 'unsc-qdi-290');
    assertFirst('Person', 'Шамиль Измайлов', 'unsc-qdi-368');
  });

  it('finds UNITED COMPANY RUSAL PLC for "Rusal"', () => assertFirst('Company', 'Rusal', 'ofac-24228'));
  it('finds EN+ GROUP PLC for "En+ Group plc" and "EN+ GROUP"', () => {
    assertFirst('Company', 'En+ Group plc', 'ofac-24226');
    assertFirst('Organization', 'EN+ GROUP', 'ofac-24226');
  });

  it('reports the listed names of the Chemezov hit as a match with an explanation', () => {
    const [hit] = top('Person', 'Sergey Chemezov');
    assert.ok(hit !== undefined && hit.match && hit.score >= DEFAULT_THRESHOLD);
    const name = hit.explanation.find((f) => f.name === 'name_similarity');
    assert.match(name?.detail ?? '', /chemezov/);
  });

  it('lowers the score when the birth year contradicts the list', () => {
    const plain = top('Person', 'Oleg Deripaska')[0]!;
    const sameYear = top('Person', 'Oleg Deripaska', { birthDates: ['1968-01-02'] })[0]!;
    const otherYear = top('Person', 'Oleg Deripaska', { birthDates: ['1990'] }).find((r) => r.entity.id === 'ofac-24283');
    assert.ok(sameYear.score >= plain.score);
    assert.ok(sameYear.explanation.some((f) => f.name === 'birth_date_match'));
    assert.ok(otherYear === undefined || otherYear.score < plain.score - 0.2);
  });

  it('finds no match for clean names', () => {
    for (const name of ['John Smith', 'Maria Garcia Lopez', 'Erika Mustermann', 'Anna Kowalska', 'Jean Dupont']) {
      const hits = top('Person', name).filter((r) => r.match);
      assert.deepEqual(hits.map((r) => r.entity.caption), [], name);
    }
  });

  it('never returns a vessel for a person query', () => {
    assert.ok(top('Person', 'ARTAVIL').every((r) => r.entity.schema === 'Person'));
  });

  it('restricts results to the requested datasets', () => {
    const results = index.match(validateMatchQuery({ schema: 'Person', names: ['Sergey Chemezov'] }), { limit: 5, datasets: ['un_sc_sanctions'] });
    assert.ok(results.every((r) => r.entity.datasets.includes('un_sc_sanctions')));
  });
});
