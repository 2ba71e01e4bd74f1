/**
 * Arabic-script letters (Arabic, Persian, Urdu, Pashto) and Hebrew letters to Latin (after NFKC,
 * which turns the presentation forms that old files carry, ﻤﺣﻤﺩ, into letters), in the
 * conventional spelling of names on sanctions lists (UN, OFAC): kh, gh, sh, th, dh, q; ع and ء
 * are not written. و and ي (and Persian ی), which stand for a consonant or a long vowel, are
 * decided by position in transliterate-abjad.ts; here they carry both values.
 */

/** Letters whose spelling does not depend on position. */
export const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ؤ: 'u', ئ: 'i', ب: 'b', ت: 't', ث: 'th', ج: 'j',
  ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't',
  ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', ى: 'a',
  // Persian
  پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ە: 'a',
  // Urdu
  ٹ: 't', ڈ: 'd', ڑ: 'r', ں: 'n', ہ: 'h', ھ: 'h', ۃ: 'a', ے: 'e', ۓ: 'e', ۂ: 'h',
  // Pashto
  ځ: 'z', څ: 'ts', ټ: 't', ډ: 'd', ړ: 'r', ښ: 'kh', ږ: 'zh', ګ: 'g', ڼ: 'n', ۍ: 'ai', ې: 'e',
};

/** Letters that are a consonant (w, y) next to a vowel and a long vowel (u, i) between consonants. */
export const WAW_YA: Readonly<Record<string, readonly [consonant: string, vowel: string]>> = {
  و: ['w', 'u'], ي: ['y', 'i'], ی: ['y', 'i'],
};

/** Letters that are written vowels: a waw or ya beside them is a consonant (Dawud, Sayyaf). */
export const ARABIC_VOWEL_LETTERS = 'اأإآٱى';

/**
 * The most frequent name words of the lists, in their usual spelling: the script leaves short
 * vowels out, so letter rules give "mhmd", "hsyn"; these names get "muhammad", "husayn" instead.
 * Keys are written without hamza seats or Persian letters varying (normalised before lookup).
 */
export const ARABIC_NAME_WORDS: Readonly<Record<string, string>> = {
  محمد: 'muhammad', احمد: 'ahmad', محمود: 'mahmud', حسين: 'husayn', حسن: 'hasan', علي: 'ali',
  على: 'ali', عمر: 'umar', عثمان: 'uthman', عبد: 'abd', الله: 'allah', يوسف: 'yusuf',
  ابراهيم: 'ibrahim', اسماعيل: 'ismail', سليمان: 'sulayman', مصطفى: 'mustafa', صالح: 'salih',
  سعيد: 'said', سعد: 'sad', خالد: 'khalid', طارق: 'tariq', عادل: 'adil', جمال: 'jamal',
  كمال: 'kamal', ياسين: 'yasin', ياسر: 'yasir', نور: 'nur', الدين: 'al-din', الرحمن: 'al-rahman',
  الرحمان: 'al-rahman', بن: 'bin', ابن: 'ibn', ابو: 'abu', ولد: 'ould', عزيز: 'aziz', رحيم: 'rahim',
  كريم: 'karim', حامد: 'hamid', حميد: 'hamid', رشيد: 'rashid', منصور: 'mansur', عيسى: 'isa',
  موسى: 'musa', يحيى: 'yahya', عباس: 'abbas', اسامة: 'usama', حمزة: 'hamza', خان: 'khan',
  شاه: 'shah', جان: 'jan', اغا: 'agha', اخوند: 'akhund', حقاني: 'haqqani', سيد: 'sayyid',
  فضل: 'fazl', قاسم: 'qasim', شمس: 'shams', ولي: 'wali', امير: 'amir', امين: 'amin', عزت: 'izzat',
};

export const HEBREW_LETTERS: Readonly<Record<string, string>> = {
  א: '', ב: 'b', ג: 'g', ד: 'd', ה: 'h', ז: 'z', ח: 'kh', ט: 't', כ: 'k', ך: 'kh', ל: 'l', מ: 'm',
  ם: 'm', נ: 'n', ן: 'n', ס: 's', ע: '', פ: 'p', ף: 'f', צ: 'ts', ץ: 'ts', ק: 'k', ר: 'r', ש: 'sh',
  ת: 't', װ: 'v', ױ: 'oy', ײ: 'ey',
};

/** Hebrew ו and י: consonant at the start of a word, vowel (o, i) after a consonant. */
export const HEBREW_WAW_YOD: Readonly<Record<string, readonly [consonant: string, vowel: string]>> = {
  ו: ['v', 'o'], י: ['y', 'i'],
};
