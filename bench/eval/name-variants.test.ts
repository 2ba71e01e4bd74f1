/**
 * The variant rule on name pairs of one party taken from the OFAC, UN, UK and OpenSanctions
 * lists: spellings, partial names and transliterations stay variants; different names that
 * share a word and acronyms do not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameRelation } from './name-variants.js';

test('two different names of one party that share a word are other names', () => {
  for (const [a, b] of [
    ['ROSHAN MONEY EXCHANGE', 'ROSHAN SARAFI'],
    ['DAWOOD IBRAHIM KASKAR', 'Anis Ibrahim'],
    ['FARHAD KANABI AHMAD', 'Kaua Omar Achmed'],
    ['KOREAN COMMITTEE FOR SPACE TECHNOLOGY', 'Department of Space Technology of the DPRK'],
    ['ISLAMIC JIHAD GROUP', "Jama'at al-Jihad"],
    ['MOCHAMMAD ACHWAN', 'Mochtar Achwan'],
  ]) assert.equal(nameRelation(a!, b!), 'other_name', `${a} / ${b}`);
});

test('spellings, reorderings and partial names are variants', () => {
  for (const [a, b] of [
    ['SINWAR, Yahya', 'SINWAR, Yahya Ibrahim Hassan'],
    ['Fares CHEHABI', 'Fares SHIHABI'],
    ['RAISI, Ebrahim', "RA'EESI, Sayyid Ibrahim"],
    ['AL- HARAMAIN FOUNDATION (PAKISTAN)', 'ALHARAMEIN'],
    ['Abd Al-Rahman SALIM IBRAHIM AL-MILAD', 'Abdurahman Salem Ibrahim Milad'],
    ['Abou Aayadh', 'ABOU IYADH'],
  ]) assert.equal(nameRelation(a!, b!), 'variant', `${a} / ${b}`);
});

test('initials, and an acronym the other name gives in brackets, are acronyms', () => {
  assert.equal(nameRelation('DIO', 'DEFENSE INDUSTRIES ORGANIZATION'), 'acronym');
  assert.equal(nameRelation('DEVRIMCI HALK KURTULUS PARTISI-CEPHESI', 'DHKP/C'), 'acronym');
  assert.equal(nameRelation('AAS-T', 'Ansar al-Shari’a in Tunisia (AAS-T)'), 'acronym');
});

test('transliterations from Arabic, Hebrew, Kana and Cyrillic are variants, translations are not', () => {
  for (const [latin, original] of [
    ['MOHAMMAD ALI AL HABBO', 'محمد علي الحبو'],
    ['ALLAH DAD TAYEB WALI MUHAMMAD', 'אללה דאד טיב ולי מחמד'],
    ['ABDUL MANAN NYAZI', 'アブドゥル・マナン・ニャジ'],
    ['HIJAZI, Riad', 'Риад Хиджази'],
  ]) assert.equal(nameRelation(latin!, original!, true), 'variant', `${latin} / ${original}`);
  assert.equal(nameRelation('ARMED ISLAMIC GROUP', 'Въоръжена ислямска група', true), 'other_name');
});

test('a kunya names a child: it is a variant only of a name with the same kunya', () => {
  assert.equal(nameRelation('Abu Ahmad', 'AL-KASHIF, Muhammad Jamal Abd-al Rahim Ahmad'), 'other_name');
  assert.equal(nameRelation('Abu Ahmad', 'محمد جمال عبدالرحيم أحمد الكاشف', true), 'other_name');
  assert.equal(nameRelation('ABU MOHAMMED AL-JAWLANI', 'Abu Mohammed AL-JULANI'), 'variant');
  assert.equal(nameRelation('RUSDAN, Abu', 'Abu RUSDAN'), 'variant');
  for (const original of ['أبو أحمد', 'אבו אחמד', 'Абу Ахмад', 'アブ・アフマド']) assert.equal(nameRelation('Abu Ahmad', original, true), 'variant', original);
});

test('a name of one part needs more than a lenient skeleton a letter apart', () => {
  assert.equal(nameRelation('Zakariya', 'アーディル・ベン・アル・アズハル・ベン・ユーセフ・ハムディ', true), 'other_name');
  assert.equal(nameRelation('Adel', 'Фодил', true), 'other_name');
  assert.equal(nameRelation('SANANI', 'ハムドゥッラー・スナニ', true), 'variant');
  assert.equal(nameRelation('Mustafa', 'ジャメル・ムストファ', true), 'variant');
});
