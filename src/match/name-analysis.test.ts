import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseName, nameWords } from './name-analysis.js';

const texts = (schema: string, name: string) => analyseName(schema, name).tokens.map((t) => t.text);

describe('name analysis', () => {
  it('splits on punctuation and keeps dotted abbreviations whole', () => {
    assert.deepEqual(nameWords('CHEMEZOV, Sergei'), ['chemezov', 'sergei']);
    assert.deepEqual(nameWords('Banco S.A.'), ['banco', 'sa']);
    assert.deepEqual(nameWords('AL-QAIDA'), ['al', 'qaida']);
  });

  it('reads abbreviated organisation words as the words lists also write (OFAC and UK aliases)', () => {
    assert.deepEqual(texts('LegalEntity', 'ZHEJIANG WONDER IMP. AND EXP. CO., LTD.'), ['zhejiang', 'wonder', 'import', 'and', 'export']);
    assert.deepEqual(texts('Organization', '2ND ACADEMY OF NATURAL SCIENCES'), texts('Organization', 'SECOND ACADEMY OF NATURAL SCIENCES'));
    assert.deepEqual(texts('Organization', 'AVIATRANS ANSTALT'), texts('Organization', 'AVIATRANS ESTABLISHMENT'));
    // People's names keep their words: Exp is not read as export; a word is never a property name.
    assert.deepEqual(texts('Person', 'Imp Exp'), ['imp', 'exp']);
    assert.deepEqual(texts('Organization', 'Constructor Company'), ['constructor', 'company']);
  });

  it('takes legal forms out of organisation names, in any language, as one class', () => {
    const forms = ['OOO Ромашка', 'Romashka LLC', 'Romashka Limited Liability Company', 'Obshchestvo s Ogranichennoy Otvetstvennostyu Romashka', 'Romashka GmbH'];
    for (const name of forms) {
      const analysed = analyseName('Company', name);
      assert.deepEqual(analysed.tokens.map((t) => t.text), ['romashka'], name);
      assert.deepEqual(analysed.legalForms, ['llc'], name);
    }
    assert.deepEqual(analyseName('Company', 'PJSC Sberbank').legalForms, ['jsc']);
    assert.deepEqual(analyseName('Company', 'Публичное акционерное общество Сбербанк').legalForms, ['jsc']);
    assert.deepEqual(analyseName('Company', 'UNITED COMPANY RUSAL PLC').legalForms, ['plc']);
  });

  it('keeps a name that is only a legal-form word', () => {
    assert.deepEqual(texts('Company', 'SA'), ['sa']);
  });

  it('drops honorifics and weights particles, patronymics and initials low', () => {
    assert.deepEqual(texts('Person', 'Sheikh Mohammed bin Rashid Al Maktoum'), ['mohammed', 'bin', 'rashid', 'al', 'maktoum']);
    const roles = Object.fromEntries(analyseName('Person', 'S. V. Chemezov Viktorovich bin').tokens.map((t) => [t.text, t.role]));
    assert.deepEqual(roles, { s: 'initial', v: 'initial', chemezov: 'name', viktorovich: 'patronymic', bin: 'particle' });
    // ur is ul before r (Zaki ur-Rehman, Shams-ur-Rahman), in Latin and as kana writes it (ウル).
    for (const name of ['Zaki Ur-Rehman Lakvi', 'ザキ・ウル・ラフマン・ラクヴィー']) {
      assert.equal(analyseName('Person', name).tokens.find((t) => t.text === 'ur')?.role, 'particle', name);
    }
  });

  it('weights generic organisation words low but keeps them', () => {
    const tokens = analyseName('Organization', 'UNITED COMPANY RUSAL PLC').tokens;
    assert.deepEqual(tokens.map((t) => [t.text, t.role]), [['united', 'name'], ['company', 'generic'], ['rusal', 'name']]);
  });

  it('transliterates other scripts before splitting', () => {
    assert.deepEqual(texts('Person', 'Сергей Викторович Чемезов').length, 3);
    assert.equal(analyseName('Person', 'Сергей Викторович Чемезов').script, 'Cyrillic');
  });
});
