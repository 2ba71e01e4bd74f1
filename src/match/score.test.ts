import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareNames, DEFAULT_THRESHOLD, scoreMatch } from './score.js';
import type { MatchableEntity } from './types.js';

const matches = (schema: string, a: string, b: string) => compareNames(schema, a, b).match;

/** Every pair matches; a failure names the pair and its score. */
function assertAllMatch(schema: string, pairs: readonly (readonly [string, string])[]): void {
  for (const [a, b] of pairs) assert.ok(matches(schema, a, b), `${a} / ${b}: ${compareNames(schema, a, b).score}`);
}

describe('compareNames', () => {
  it('scores identical names 1 and is bounded to [0, 1]', () => {
    assert.equal(compareNames('Person', 'Oleg Deripaska', 'Oleg Deripaska').score, 1);
    for (const [a, b] of [['A', 'B'], ['Ivan Ivanov', 'Ivan Ivanov Ivanovich Ivanov']]) {
      const { score } = compareNames('Person', a!, b!);
      assert.ok(score >= 0 && score <= 1);
    }
  });

  it('matches reordered, romanized and abbreviated forms of one person', () => {
    const pairs: [string, string][] = [
      ['CHEMEZOV, Sergei', 'Sergey Chemezov'],
      ['CHEMEZOV, Sergey Viktorovich', 'Сергей Викторович Чемезов'],
      ['TORSHIN, Alexander Porfiryevich', 'Aleksandr Torshin'],
      ['DERIPASKA, Oleg Vladimirovich', 'O. V. Deripaska'],
      ['Yevgeny Prigozhin', 'Evgeniy Prigozhin'],
      ['Mikhail Khodorkovsky', 'Mihail Hodorkovskiy'],
    ];
    assertAllMatch('Person', pairs);
  });

  it('aligns transcription variants that spelling alone keeps apart (pairs of OFAC and UN aliases)', () => {
    assertAllMatch('Person', [
      ['ABDUL MOHSEN ABDALLAH IBRAHIM AL CHAREKH', 'Abdul Mohsen Abdullah Ibrahim Al-Sharikh'],
      ['Khalifa Muhammad Turki AL-SUBAIY', 'Khalifa Mohd Turki ALSUBAIE'],
      ['KU JA HYONG', "Ku Cha-hyo'ng"],
      ['YUN HO-JIN', 'Yun Ho-chin'],
      ['ABDUL REHMAN MAKKI', 'Abdur Rahman Makki'],
      ['Abd Al-Rahman SALIM IBRAHIM AL-MILAD', 'Abdurahman Salem Ibrahim Milad'],
    ]);
    assert.match(compareNames('Person', 'KU JA HYONG', "Ku Cha-hyo'ng").explanation[0]!.detail!, /ja~cha \(lenient 0\.45\)/);
    assert.match(compareNames('Person', 'Khalifa Muhammad Turki AL-SUBAIY', 'Khalifa Mohd Turki ALSUBAIE').explanation[0]!.detail!, /al subaiy~alsubaie \(compound 0\.93\)/);
  });

  it('leaves first names that no transcription explains unaligned (siblings on the OFAC list)', () => {
    const siblings = compareNames('Person', 'AL-TIKRITI, Bashar Sabawi Ibrahim Hasan', 'AL-TIKRITI, Yasir Sabawi Ibrahim Hasan');
    const conflict = siblings.explanation.find((f) => f.name === 'different_name_part');
    assert.equal(conflict?.detail, 'bashar vs yasir');
    assert.ok(!siblings.match, String(siblings.score));
    for (const [a, b] of [
      ['Rana Saddam Hussein AL-TIKRITI', 'Ali Saddam Hussein AL-TIKRITI'],
      ['AL-RAWI, Umar Talib Zughayr', 'AL-RAWI, Walid Talib Zughayr'],
      ['TREVINO MORALES, Miguel', 'TREVINO MORALES, Omar'],
    ]) {
      assert.ok(!matches('Person', a!, b!), `${a} / ${b}: ${compareNames('Person', a!, b!).score}`);
    }
    // One skeleton, but both are common names of their own on the lists.
    const names = compareNames('Person', 'Mohammad Abdel Hamid', 'Abdel Hamid MAHMOUD').explanation;
    assert.equal(names.find((f) => f.name === 'different_name_part')?.detail, 'mohammad vs mahmoud');
  });

  it('reads the one part left on each side as one name spelled two ways when alike (OFAC and UN aliases)', () => {
    for (const [a, b] of [
      ['ABDUL RAHIM BA\'AYSIR', 'Abdul Rahim Bashir'],
      ['Abd Al-Rahman Muhammad Zafir Al-Dubaysi AL-JUHNI', 'Abdelrahman Mouhamad Zafir Al Dabidi Al Jahani'],
    ]) {
      const result = compareNames('Person', a!, b!);
      assert.ok(result.match, `${a} / ${b}: ${result.score}`);
      assert.ok(!result.explanation.some((f) => f.name === 'different_name_part'));
    }
    // Beside one agreeing part, the lone part is half the name: Kolonia is not Kolbin.
    assert.ok(!matches('Person', 'Kolonia, Peter V.', 'KOLBIN, Peter'));
  });

  it('reads Ukrainian patronymics as patronymics, through the father\'s name (OFAC aliases)', () => {
    assert.ok(matches('Person', 'Vladyslav Mykolayovych DEYNEGO', 'Vladislav Nikolayevich DEYNEGO'));
  });

  it('matches organisations across legal forms and scripts', () => {
    assertAllMatch('Company', [
      ['OOO Romashka', 'Romashka LLC'],
      ['PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA', 'Sberbank of Russia PJSC'],
      ['ООО "Ромашка"', 'Romashka Limited Liability Company'],
    ]);
  });

  it('keeps different people with a shared name part apart', () => {
    for (const [a, b] of [
      ['Ivan Petrov', 'Ivan Sidorov'],
      ['Ivan Petrov', 'Pavel Petrov'],
      ['Sergei Ivanov', 'Sergei Ivanovich Petrov'],
      ['Mohammed Ali', 'Mohammed Hassan'],
    ]) {
      const result = compareNames('Person', a!, b!);
      assert.ok(!result.match, `${a} / ${b}: ${result.score}`);
      assert.ok(result.score < DEFAULT_THRESHOLD);
    }
  });

  it('explains the score with named features whose contributions add up', () => {
    const result = compareNames('Person', 'Vladimir Putin', 'PUTIN, Vladimir Vladimirovich');
    const sum = result.explanation.reduce((s, f) => s + f.score * f.weight, 0);
    assert.ok(Math.abs(Math.min(1, Math.max(0, sum)) - result.score) < 1e-9);
    assert.match(result.explanation[0]!.detail!, /putin/);
  });
});

describe('scoreMatch', () => {
  const deripaska: MatchableEntity = {
    id: 'ofac-24283',
    schema: 'Person',
    caption: 'DERIPASKA, Oleg Vladimirovich',
    names: ['DERIPASKA, Oleg Vladimirovich'],
    birthDates: ['1968-01-02'],
    countries: ['ru', 'cy'],
    identifiers: ['100115101'],
    datasets: ['us_ofac_sdn'],
  };

  it('adds birth date, country and identifier evidence', () => {
    const base = scoreMatch({ schema: 'Person', names: ['Oleg Deripaska'] }, deripaska).score;
    const supported = scoreMatch({ schema: 'Person', names: ['Oleg Deripaska'], birthDates: ['1968'], countries: ['ru'] }, deripaska);
    const contradicted = scoreMatch({ schema: 'Person', names: ['Oleg Deripaska'], birthDates: ['1985-05-05'], countries: ['br'] }, deripaska);
    assert.ok(supported.score >= base);
    assert.ok(contradicted.score < base - 0.25);
    assert.deepEqual(contradicted.explanation.map((f) => f.name).sort(), ['birth_year_mismatch', 'country_mismatch', 'name_similarity']);
    const byId = scoreMatch({ schema: 'Person', names: ['O. Deripaska'], identifiers: ['1001-15101'] }, deripaska);
    assert.ok(byId.explanation.some((f) => f.name === 'identifier_match'));
  });

  it('reads a LegalEntity query as a person when it meets a listed person', () => {
    const asPerson = scoreMatch({ schema: 'Person', names: ['Dr. Oleg Vladimirovich Deripaska'] }, deripaska);
    const asLegalEntity = scoreMatch({ schema: 'LegalEntity', names: ['Dr. Oleg Vladimirovich Deripaska'] }, deripaska);
    assert.equal(asLegalEntity.score, asPerson.score);
    assert.ok(asLegalEntity.match);
  });

  it('scores 0 across incompatible schemata', () => {
    assert.equal(scoreMatch({ schema: 'Vessel', names: ['Oleg Deripaska'] }, deripaska).score, 0);
  });
});

describe('organisation names', () => {
  it('reads acronyms as the initials of the other name', () => {
    assert.ok(matches('Organization', 'DEFENSE INDUSTRIES ORGANIZATION', 'DIO'));
    assert.ok(matches('Organization', 'ISLAMIC MOVEMENT OF UZBEKISTAN', 'IMU'));
    assert.ok(!matches('Person', 'Ivan Mikhailovich Ustinov', 'IMU'));
  });

  it('reads the feminine ending written h in Arabic and Hebrew script as the t of a Latin spelling', () => {
    const result = compareNames('Organization', 'HARAKAT SHAM AL-ISLAM', 'חרכה שאם אלאסלאם');
    assert.ok(result.match, String(result.score));
    assert.match(result.explanation[0]!.detail!, /harakat~hrkah \(skeleton 0\.85\)/);
  });

  it('weighs words naming the kind of body low, in English and as other languages write them (UN and OFAC aliases)', () => {
    assertAllMatch('Organization', [
      ['HARAKAT SHAM AL-ISLAM', 'SHAM AL-ISLAM MOVEMENT'],
      ['ELITAN TRADE OOO', 'ELITAN TREID'],
      ['AL- HARAMAIN FOUNDATION (PAKISTAN)', 'ALHARAMEIN FOUNDATION'],
    ]);
  });

  it('takes a single part shared only by sound or spelling for weak evidence (FARA registrants against the lists)', () => {
    const result = compareNames('Organization', 'Kivvit, LLC', 'GENERAL KUWAIT COMMITTEE');
    assert.ok(!result.match, String(result.score));
    assert.ok(result.explanation.some((f) => f.name === 'single_name_part'));
    assert.ok(matches('Organization', 'RUSAL', 'UNITED COMPANY RUSAL'));
  });

  it('reads a Latin acronym bracketed in a name of another script as its acronym (UN names in Japanese)', () => {
    assertAllMatch('Organization', [
      ['ETIM', '東トルキスタン・イスラム運動（ETIM）'],
      ['ISIL-SEA', '東南アジアのイラクとレバント地方のイスラム国（ISIL-SEA、ISIL東南アジア）'],
    ]);
    // Latin names bracket places too: LA HACIENDA (USA) is not a company called USA.
    assert.ok(!matches('LegalEntity', 'PTI USA, LLC', 'LA HACIENDA (USA), LLC'));
  });

  it('keeps two branches of one organisation apart by their brackets (UN list)', () => {
    const result = compareNames('Organization', 'AL- HARAMAIN FOUNDATION (PAKISTAN)', 'AL- HARAMAIN FOUNDATION (UNION OF THE COMOROS)');
    assert.ok(!result.match, String(result.score));
    assert.equal(result.explanation.find((f) => f.name === 'conflicting_name_parts')?.score, 1);
  });

  it('reads a name transcribed into Cyrillic by its sound (UN list names in Bulgarian)', () => {
    const result = compareNames('Organization', 'AL-HARAMAIN & AL MASJED AL-AQSA CHARITY FOUNDATION', 'Ал Харамаин и Aл Mасджид Aл Aкса Черитъбъл Фаундейшън');
    assert.ok(result.match, String(result.score));
    assert.match(result.explanation[0]!.detail!, /foundation~faundeyshan \(phonetic 0\.85\)/);
  });

  it('finds legal forms under spelling variants', () => {
    assert.ok(!matches('Company', 'PUBLICHNOE AKTSIONERNOE OBSCHESTVO MIKRON', 'PUBLICHNOE AKTSIONERNOE OBSHCHESTVO SOLLERS'));
    assert.ok(matches('Company', 'PUBLICHNOE AKTSIONERNOE OBSCHESTVO MIKRON', 'PAO Mikron'));
  });
});

describe('names written in an abjad (Arabic, Hebrew script)', () => {
  it('reads a letter the script uses for a long vowel or a semivowel either way (UN list names and their Arabic originals)', () => {
    const result = compareNames('Person', 'QUSAY SADDAM HUSSEIN AL-TIKRITI', 'قصي صدام حسين التكريتي');
    assert.ok(result.match, String(result.score));
    assert.match(result.explanation[0]!.detail!, /qusay~qsi \(skeleton 0\.85\)/);
    assert.ok(matches('Person', 'Essid Sami Ben Khemais Ben Salah', 'סאמי בן המיס בן צאלח אלסיד'));
    // The w of a Latin spelling is the و an abjad also writes for u; three consonants agreeing in full come close to equal.
    const anwar = compareNames('Person', 'ANWAR NASSER ABDULLA AL-AULAQI', 'انور ناصر عبدالله العولقي');
    assert.ok(anwar.match, String(anwar.score));
    assert.match(anwar.explanation[0]!.detail!, /anwar~anur \(skeleton/);
    assert.match(compareNames('Person', 'Nazmi', 'نظمي').explanation[0]!.detail!, /nazmi~nzmi \(skeleton 0\.95\)/);
    // A first y is a consonant: Youcef is not سيف (Sayf).
    assert.ok(!matches('Person', 'Youcef Adel', 'סיף אלעדל'));
  });

  it('reads words joined in one script as the run of words the other spells apart, by consonants', () => {
    const saif = compareNames('Person', 'SAIF-AL-DIN FULAYYIH HASSAN TAHA AL-RAWI', 'سيف الدين فليح حسن طه الراوي');
    assert.ok(saif.match, String(saif.score));
    assert.match(saif.explanation[0]!.detail!, /saif al din~sifaldin \(compound 0\.85\)/);
    assert.ok(matches('Person', 'SULAIMAN JASSEM SULAIMAN ALI ABO GHAITH', 'سليمان جاسم سليمان علي أبوغيث'));
    // Consonants one letter apart do not join a run: Abd al-Khaliq is not Abdulmalik.
    assert.ok(!matches('Person', 'عبدالخالق الحوثي', 'ABDULMALIK AL-HOUTHI'));
  });
});

describe('names written in kana', () => {
  it('reads the sounds kana lacks as kana writes them: th as s, si as shi (UN list names and their Japanese forms)', () => {
    assertAllMatch('Person', [
      ['NASSER AHMED MUTHANA', 'ナセール・アフメド・ムサンナー'],
      ['SEIFALLAH BEN OMAR BEN MOHAMED BEN HASSINE', 'セイファッラー・ベン・オマル・ベン・モハメド・ベン・ハシン'],
      ['ISAM ALI MOHAMED ALOUCHE', 'イサーム・アリ・モハメド・アルーシュ'],
    ]);
    // d and z stay apart: Hamid is not Hamza.
    assert.ok(!matches('Person', 'アブドゥ・アル・ハミド・アル・マスリ', 'Abou Hamza'));
  });
});

describe('spellings as written', () => {
  it('count when folding parts them (OFAC aliases: the Slavic je- read in an Arabic word)', () => {
    for (const [schema, a, b] of [
      ['Organization', 'JEMAAH ISLAMIYAH', 'JAMAAH ISLAMIYAH'],
      ['Organization', 'JAMAAH ANSHARUT DAULAH', 'Jemaah Anshorut Daulah'],
      ['Person', 'QANSU, Jihad Muhammad', 'KANSO, Jehad'],
    ]) {
      assert.ok(matches(schema!, a!, b!), `${a} / ${b}: ${compareNames(schema!, a!, b!).score}`);
    }
    // Only close spellings: Parrish is not Pardis.
    assert.ok(!matches('Company', 'Parrish & Company, Inc.', 'PARDIS INVESTMENT COMPANY'));
  });
});
