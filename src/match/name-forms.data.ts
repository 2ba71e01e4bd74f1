/**
 * Word lists for name analysis: company legal forms across languages (each mapped to one
 * canonical class; looked up by romanization key, so one spelling per form suffices), generic organisation words, personal honorifics, name particles and
 * patronymic endings. Keys are lower-case ASCII as produced by transliteration (so Cyrillic
 * ООО arrives as "ooo"), multi-word forms are space-separated.
 */

/** Legal form -> canonical class. Forms in one class are treated as the same form. */
export const LEGAL_FORMS: Readonly<Record<string, string>> = {
  // limited liability companies
  'llc': 'llc', 'l l c': 'llc', 'ooo': 'llc', 'tov': 'llc', 'too': 'llc', 'mchj': 'llc', 'mmc': 'llc',
  'limited liability company': 'llc', 'limited liability co': 'llc', 'ltd liability co': 'llc',
  'limited liability partnership': 'lp', 'llp': 'lp',
  'obshchestvo s ogranichennoy otvetstvennostyu': 'llc', 'obschestvo s ogranichennoy otvetstvennostyu': 'llc',
  'tovarystvo z obmezhenoyu vidpovidalnistyu': 'llc',
  'gmbh': 'llc', 'mbh': 'llc', 'gesellschaft mit beschrankter haftung': 'llc', 'sarl': 'llc', 'srl': 'llc',
  'sro': 'llc', 's r o': 'llc', 'sp z o o': 'llc', 'spzoo': 'llc', 'kft': 'llc', 'eood': 'llc', 'ood': 'llc',
  'doo': 'llc', 'd o o': 'llc', 'bv': 'llc', 'b v': 'llc', 'ltda': 'llc', 'limitada': 'llc', 'sdn bhd': 'llc',
  'fze': 'llc', 'fzco': 'llc', 'fz llc': 'llc', 'fzc': 'llc', 'limited liability': 'llc',
  // joint-stock companies, public and private
  'jsc': 'jsc', 'ojsc': 'jsc', 'cjsc': 'jsc', 'pjsc': 'jsc', 'ao': 'jsc', 'oao': 'jsc', 'zao': 'jsc', 'pao': 'jsc',
  'nao': 'jsc', 'pat': 'jsc', 'prat': 'jsc', 'at': 'jsc', 'jscb': 'jsc', 'ojscb': 'jsc',
  'joint stock company': 'jsc', 'joint-stock company': 'jsc', 'public joint stock company': 'jsc',
  'open joint stock company': 'jsc', 'closed joint stock company': 'jsc', 'private joint stock company': 'jsc',
  'joint stock commercial bank': 'jsc', 'stock company': 'jsc',
  'aktsionernoe obshchestvo': 'jsc', 'publichnoe aktsionernoe obshchestvo': 'jsc', 'otkrytoe aktsionernoe obshchestvo': 'jsc',
  'zakrytoe aktsionernoe obshchestvo': 'jsc', 'aktsionernoe obschestvo': 'jsc', 'publichnoe aktsionernoe obschestvo': 'jsc',
  'otkrytoe aktsionernoe obschestvo': 'jsc', 'zakrytoe aktsionernoe obschestvo': 'jsc',
  'ag': 'jsc', 'aktiengesellschaft': 'jsc', 'sa': 'jsc', 'spa': 'jsc', 'nv': 'jsc', 'n v': 'jsc', 'as': 'jsc',
  'oy': 'ltd', 'asa': 'jsc', 'ab': 'jsc', 'oyj': 'jsc', 'se': 'jsc', 'a s': 'jsc', 'ad': 'jsc', 'dd': 'jsc', 'sal': 'jsc',
  'societe anonyme': 'jsc', 'sociedad anonima': 'jsc', 'societa per azioni': 'jsc', 'anonim sirketi': 'jsc',
  'sirketi': 'jsc', 'tbk': 'jsc', 'pt': 'jsc', 'sae': 'jsc', 'saog': 'jsc', 'psc': 'jsc', 'pjs': 'jsc',
  // public and private limited companies
  'plc': 'plc', 'public limited company': 'plc', 'public company limited': 'plc', 'pcl': 'plc',
  'ltd': 'ltd', 'limited': 'ltd', 'co ltd': 'ltd', 'company limited': 'ltd', 'pty ltd': 'ltd', 'pvt ltd': 'ltd',
  'private limited': 'ltd', 'private limited company': 'ltd', 'pte ltd': 'ltd', 'pty': 'ltd', 'pte': 'ltd',
  'inc': 'inc', 'incorporated': 'inc', 'corp': 'inc', 'corporation': 'inc', 'co inc': 'inc',
  'kg': 'kg', 'gmbh co kg': 'kg', 'kommanditgesellschaft': 'kg', 'lp': 'lp', 'limited partnership': 'lp',
  // state enterprises (Russian FGUP/GUP/MUP)
  'fgup': 'sue', 'gup': 'sue', 'mup': 'sue', 'fsue': 'sue', 'federal state unitary enterprise': 'sue',
  'state unitary enterprise': 'sue', 'federalnoe gosudarstvennoe unitarnoe predpriyatie': 'sue',
  'gosudarstvennoe unitarnoe predpriyatie': 'sue',
};

/** The longest legal form, in words: analysis looks for forms up to this length. */
export const LEGAL_FORM_MAX_WORDS = 5;

/**
 * Words so common in organisation names that agreeing on them says little ("UNITED COMPANY
 * RUSAL" vs "RUSAL"); they keep a low weight instead of being dropped, since "BANK ROSSIYA"
 * without "bank" would be a different name.
 */
export const GENERIC_ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'company', 'co', 'group', 'holding', 'holdings', 'international', 'intl', 'trading', 'trade', 'industries',
  'industrial', 'industry', 'enterprise', 'enterprises', 'bank', 'national', 'general', 'services', 'service',
  'investment', 'investments', 'management', 'development', 'construction', 'global', 'import', 'export',
  'commercial', 'shipping', 'logistics', 'technologies', 'technology', 'tech', 'systems', 'solutions', 'partners',
  'association', 'foundation', 'organization', 'organisation', 'firm', 'agency', 'center', 'centre', 'state',
  'joint', 'venture',
  // what kind of body it is, in English and as Arabic and Persian names write it
  'movement', 'battalion', 'brigade', 'brigades', 'front', 'army', 'party', 'committee', 'council', 'ministry',
  'directorate', 'office', 'bureau', 'branch', 'institute', 'institution', 'society', 'network',
  'station', 'channel', 'exchange', 'establishment', 'department', 'administration', 'authority', 'corps',
  'force', 'forces', 'plant', 'factory', 'concern', 'firm', 'mission', 'fund',
  'harakat', 'harakah', 'katibat', 'katiba', 'jamaat', 'jamaah', 'jamiyat', 'jamiat', 'jamia', 'tanzim', 'jaish',
  'jabhat', 'hizb', 'liwa', 'saraya', 'majlis', 'muassasat', 'sherkat', 'sazman', 'bonyad',
]);

/**
 * Function words of organisation names in the languages lists use (English, French, Spanish,
 * Portuguese, German, Arabic and Persian transcriptions: "fi" in, "wa" and, izafe "e"/"i"/"ul"):
 * they carry almost no evidence, so names differing only in them ("in the Land of the Islamic
 * Maghreb" / "au Maghreb Islamique") are not set apart by them.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'by', 'a', 'an', 'de', 'la', 'le', 'les', 'l', 'del', 'des', 'du',
  'da', 'di', 'do', 'dos', 'das', 'au', 'aux', 'pour', 'et', 'y', 'e', 'i', 'und', 'der', 'die', 'fur', 'von',
  'al', 'el', 'ul', 'fi', 'wa', 'wal', 'li', 'bi',
]);

/** Titles and honorifics that are not part of a person's name (looked up by romanization key). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon', 'rev',
  'he', 'excellency', 'sheikh', 'shaikh', 'shaykh', 'sheik', 'haji', 'hajji', 'hadji', 'mullah', 'mulla',
  'maulavi', 'maulvi', 'mawlawi', 'moulvi', 'molavi', 'mawlavi', 'maulana', 'mufti', 'qari', 'ustad', 'ustaz', 'komandir', 'general', 'gen', 'colonel', 'col', 'lt', 'lieutenant',
  'major', 'maj', 'captain', 'capt', 'brigadier', 'admiral', 'commander', 'sergeant', 'sgt', 'herr', 'frau',
  'monsieur', 'madame', 'senor', 'senora', 'gospodin', 'gospozha',
  'hajj', 'alhaji', 'alhaj', 'cheikh', 'ustadh', 'molvi', 'mullo', 'qazi', 'doctor', 'eng', 'engineer',
  // as kana writes them (no l): マウラウィ, マウラナ
  'maurawi', 'maurana',
]);

/** Particles: part of a name, but weak evidence (most Arabic names on lists carry "al"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'ibn', 'bint', 'binti', 'ben', 'al', 'el', 'ul', 'ur', 'ud', 'ad', 'ar', 'as', 'an', 'ash', 'az', 'at',
  'van', 'von', 'der', 'den', 'ter', 'de', 'da', 'di', 'du', 'la', 'le', 'lo', 'dos', 'das', 'do', 'del',
  'della', 'y', 'e', 'ould', 'mac', 'ap',
]);

/** Russian, Ukrainian, Belarusian, Turkic and Azerbaijani patronymic endings (folded forms). */
export const PATRONYMIC_ENDINGS: readonly string[] = ['vich', 'vych', 'vna', 'ichna', 'ogly', 'oglu', 'ogli', 'uly', 'kyzy', 'kizi', 'qizi'];

/**
 * Words of organisation names in another form, read as the word lists also write: abbreviations
 * ("ZHEJIANG WONDER IMP. AND EXP. CO." / "... IMPORT AND EXPORT CO."; "2ND ACADEMY" / "SECOND
 * ACADEMY") and Anstalt, the Liechtenstein establishment ("AVIATRANS ANSTALT" / "AVIATRANS ESTABLISHMENT").
 */
export const ORGANISATION_WORD_FORMS: ReadonlyMap<string, string> = new Map([
  ['anstalt', 'establishment'],
  ['imp', 'import'], ['exp', 'export'], ['intl', 'international'], ['natl', 'national'], ['bros', 'brothers'],
  ['mfg', 'manufacturing'], ['assn', 'association'], ['dept', 'department'],
  // English words of Russian company names, as romanized from Cyrillic ("ELITAN TREID" / "ELITAN TRADE")
  ['treid', 'trade'], ['treyd', 'trade'], ['grupp', 'group'], ['kholding', 'holding'], ['servis', 'service'],
  ['menedzhment', 'management'], ['inzhiniring', 'engineering'], ['konsalting', 'consulting'], ['trast', 'trust'],
  ['tekhnologii', 'technologies'], ['tekhnolodzhi', 'technology'], ['tekhnolodzhis', 'technologies'],
  ['logistik', 'logistics'], ['finans', 'finance'],
  ['1st', 'first'], ['2nd', 'second'], ['3rd', 'third'], ['4th', 'fourth'], ['5th', 'fifth'],
]);
