import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dominantScript } from './scripts.js';

test('dominantScript names the script of most letters', () => {
  const cases: Array<[string, string]> = [
    ['Sergey Chemezov', 'Latin'],
    ['José Müller-Łódź', 'Latin'],
    ['Сергей Викторович Чемезов', 'Cyrillic'],
    ['Қасым-Жомарт Тоқаев', 'Cyrillic'],
    ['Σταύρος Παπαδόπουλος', 'Greek'],
    ['صدام حسين التكريتي', 'Arabic'],
    ['عامر علی چوہدری', 'Arabic'],
    ['ﻤﺣﻤﺩ ﻤﺴﻌﻮﺩ', 'Arabic'],
    ['תנועת הכהנא', 'Hebrew'],
    ['მიხეილ სააკაშვილი', 'Georgian'],
    ['Սերժ Սարգսյան', 'Armenian'],
    ['习近平', 'Han'],
    ['キム・ジョンウン', 'Kana'],
    ['ジャーベル', 'Kana'],
    ['김정은', 'Hangul'],
    ['ብርሃኑ', 'Other'],
  ];
  for (const [text, script] of cases) assert.equal(dominantScript(text), script, text);
});

test('dominantScript ignores digits and punctuation and counts letters', () => {
  assert.equal(dominantScript('Jin Tiesan (金铁三)'), 'Latin');
  assert.equal(dominantScript('金铁三 (Jin)'), 'Han');
  assert.equal(dominantScript('Хамас (HAMAS) 1987'), 'Cyrillic');
  assert.equal(dominantScript('1987 - 2024, ...'), 'Latin');
  assert.equal(dominantScript(''), 'Latin');
});
