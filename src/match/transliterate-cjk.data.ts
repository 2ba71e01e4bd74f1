/**
 * Tables for Chinese, Japanese and Korean names: Chinese two-character surnames, katakana in
 * Hepburn, Hangul jamo in Revised Romanization and the conventional spellings of Korean surnames.
 */

/** Two-character surnames (simplified and traditional): 欧阳修 is Ouyang Xiu, not Ou Yangxiu. */
export const CHINESE_COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙',
  '公孫', '慕容', '令狐', '夏侯', '长孙', '長孫', '宇文', '司徒', '轩辕', '軒轅', '端木', '独孤', '獨孤',
  '南宫', '南宮', '闻人', '聞人', '申屠', '呼延', '万俟', '澹台', '西门', '西門', '百里', '东郭', '東郭',
]);

/** Katakana (hiragana is mapped onto it) to Hepburn; small kana and ッ ー are handled in code. */
export const KATAKANA: Readonly<Record<string, string>> = {
  ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o', カ: 'ka', キ: 'ki', ク: 'ku', ケ: 'ke', コ: 'ko',
  ガ: 'ga', ギ: 'gi', グ: 'gu', ゲ: 'ge', ゴ: 'go', サ: 'sa', シ: 'shi', ス: 'su', セ: 'se', ソ: 'so',
  ザ: 'za', ジ: 'ji', ズ: 'zu', ゼ: 'ze', ゾ: 'zo', タ: 'ta', チ: 'chi', ツ: 'tsu', テ: 'te', ト: 'to',
  ダ: 'da', ヂ: 'ji', ヅ: 'zu', デ: 'de', ド: 'do', ナ: 'na', ニ: 'ni', ヌ: 'nu', ネ: 'ne', ノ: 'no',
  ハ: 'ha', ヒ: 'hi', フ: 'fu', ヘ: 'he', ホ: 'ho', バ: 'ba', ビ: 'bi', ブ: 'bu', ベ: 'be', ボ: 'bo',
  パ: 'pa', ピ: 'pi', プ: 'pu', ペ: 'pe', ポ: 'po', マ: 'ma', ミ: 'mi', ム: 'mu', メ: 'me', モ: 'mo',
  ヤ: 'ya', ユ: 'yu', ヨ: 'yo', ラ: 'ra', リ: 'ri', ル: 'ru', レ: 're', ロ: 'ro', ワ: 'wa', ヰ: 'i',
  ヱ: 'e', ヲ: 'o', ン: 'n', ヴ: 'vu', ヮ: 'wa', ヵ: 'ka', ヶ: 'ke', ヷ: 'va', ヸ: 'vi', ヹ: 've', ヺ: 'vo',
};

/** Small kana that change the preceding syllable's vowel (キャ kya, ファ fa, ティ ti). */
export const SMALL_KANA_VOWELS: Readonly<Record<string, string>> = {
  ャ: 'ya', ュ: 'yu', ョ: 'yo', ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o',
};

/** Revised Romanization of the 19 initial consonants, 21 vowels and 28 finals (first: none). */
export const HANGUL_INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
export const HANGUL_VOWELS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
export const HANGUL_FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

/**
 * Korean surnames as they are conventionally spelled in passports and on lists (김 Kim, 이 Lee,
 * 박 Park), not by Revised Romanization (Gim, I, Bak). 리 (Ri) is the North Korean 이.
 */
export const KOREAN_SURNAMES: Readonly<Record<string, string>> = {
  김: 'kim', 이: 'lee', 리: 'ri', 박: 'park', 최: 'choi', 정: 'jung', 강: 'kang', 조: 'cho', 윤: 'yoon',
  장: 'jang', 임: 'lim', 림: 'rim', 한: 'han', 오: 'oh', 서: 'seo', 신: 'shin', 권: 'kwon', 황: 'hwang',
  안: 'ahn', 송: 'song', 류: 'ryu', 유: 'yoo', 홍: 'hong', 전: 'jeon', 고: 'ko', 문: 'moon', 양: 'yang',
  손: 'son', 배: 'bae', 백: 'baek', 허: 'heo', 남: 'nam', 심: 'shim', 노: 'noh', 로: 'ro', 하: 'ha',
  곽: 'kwak', 성: 'sung', 차: 'cha', 주: 'joo', 우: 'woo', 구: 'koo', 민: 'min', 진: 'jin', 나: 'na',
  지: 'ji', 엄: 'eom', 채: 'chae', 원: 'won', 천: 'cheon', 방: 'bang', 공: 'kong', 현: 'hyun', 함: 'ham',
  변: 'byun', 염: 'yeom', 여: 'yeo', 추: 'choo', 도: 'do', 소: 'so', 석: 'seok', 선: 'sun', 설: 'seol',
  마: 'ma', 길: 'gil', 연: 'yeon', 위: 'wi', 표: 'pyo', 명: 'myung', 기: 'ki', 반: 'ban', 왕: 'wang',
  금: 'keum', 옥: 'ok', 육: 'yuk', 인: 'in', 맹: 'maeng', 제: 'je', 모: 'mo', 탁: 'tak', 국: 'kook',
  태: 'tae', 편: 'pyeon', 용: 'yong', 예: 'ye', 경: 'kyung', 봉: 'bong', 사: 'sa', 부: 'boo',
  남궁: 'namgung', 황보: 'hwangbo', 제갈: 'jegal', 선우: 'sunwoo', 독고: 'dokgo', 사공: 'sagong', 서문: 'seomun',
};
