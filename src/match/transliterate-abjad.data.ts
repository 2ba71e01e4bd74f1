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

/**
 * Hebrew letters to the Arabic letters they stand for. Names on the lists written in Hebrew are
 * mostly Arabic names spelled letter for letter (מחמד for محمد), so a Hebrew word is read by
 * way of the Arabic letters and gets the Arabic rules and name table: ח is h (Muhammad), פ is
 * f (Arabic has no p), צ is s, ק is q, ו and י are semivowels as in Arabic.
 */
export const HEBREW_AS_ARABIC: Readonly<Record<string, string>> = {
  א: 'ا', ב: 'ب', ג: 'گ', ד: 'د', ה: 'ه', ו: 'و', ז: 'ز', ח: 'ح', ט: 'ط', י: 'ي', כ: 'ك', ך: 'ك',
  ל: 'ل', מ: 'م', ם: 'م', נ: 'ن', ן: 'ن', ס: 'س', ע: 'ع', פ: 'ف', ף: 'ف', צ: 'ص', ץ: 'ص', ק: 'ق',
  ר: 'ر', ש: 'ش', ת: 'ت', װ: 'و', ײ: 'ي',
};

/**
 * A letter with a geresh (ג׳, also written with an apostrophe) for the Arabic sounds Hebrew
 * lacks: ג' j, ח' kh, ע' gh, ט' z, ת' th, ד' dh, צ' d (ض), ז' zh, כ' kh. At the end of a word
 * צ' is the ch of Slavic names (Ramadan is רמצ'אן, Umarovich is עומרוביץ').
 */
export const HEBREW_GERESH_AS_ARABIC: Readonly<Record<string, string>> = {
  ג: 'ج', ח: 'خ', ע: 'غ', ט: 'ظ', ת: 'ث', ד: 'ذ', צ: 'ض', ץ: 'چ', ז: 'ژ', כ: 'خ', ך: 'خ',
};
