/**
 * Greek (ELOT 743 / ISO 843 type 2, as Greek passports write names), Georgian (national system
 * of 2002 without the ejective apostrophes: კ and ქ are both k) and Armenian (as Armenian
 * passports write names: Սարգսյան -> Sargsyan) letters to Latin. Context rules (Greek αυ, μπ;
 * Armenian initial ե, ո) are in transliterate-alphabets.ts.
 */

export const GREEK_LETTERS: Readonly<Record<string, string>> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps',
  ω: 'o', ϊ: 'i', ϋ: 'y',
};

/** Digraphs spelled as one sound; [at the start of a word, elsewhere]. */
export const GREEK_DIGRAPHS: Readonly<Record<string, readonly [string, string]>> = {
  ου: ['ou', 'ou'], μπ: ['b', 'mp'], ντ: ['d', 'nt'], γγ: ['ng', 'ng'], γκ: ['g', 'gk'], γξ: ['nx', 'nx'],
  γχ: ['nch', 'nch'], τζ: ['tz', 'tz'],
};

/** Before these (and at the end) αυ ευ ηυ are af ef if; before anything else av ev iv. */
export const GREEK_VOICELESS = 'θκξπσςτφχψ';

export const GEORGIAN_LETTERS: Readonly<Record<string, string>> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm',
  ნ: 'n', ო: 'o', პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q',
  შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h', ჱ: 'e', ჲ: 'y', ჳ: 'v',
  ჴ: 'kh', ჵ: 'o',
};

export const ARMENIAN_LETTERS: Readonly<Record<string, string>> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l',
  խ: 'kh', ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o',
  չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', ւ: 'v', փ: 'p', ք: 'k',
  օ: 'o', ֆ: 'f', և: 'ev',
};
