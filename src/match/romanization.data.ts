/**
 * Spellings of one name that letter rules cannot bring together because their vowels differ
 * (mohammed / muhammad, osama / usama, suleiman / sulayman). Each group lists spellings seen on
 * sanctions lists; the first is the group's name. foldRomanization folds every spelling with its
 * rules first, so variants that the rules already merge (mukhammad, oussama) need not be listed.
 */
export const NAME_VARIANT_GROUPS: readonly (readonly string[])[] = [
  ['muhammad', 'mohammed', 'mohamed', 'mohammad', 'mohamad', 'muhammed', 'muhamed', 'mohamet', 'mehmet', 'mahomet', 'mohd', 'muhd'],
  ['ahmad', 'ahmed', 'achmed', 'ahmet'],
  ['yusuf', 'yousef', 'youssef', 'yousif', 'yusif', 'youcef', 'yosuf'],
  ['husayn', 'hussein', 'hosein', 'hossein', 'hussien', 'houssein', 'huseyin'],
  ['umar', 'omar', 'omer'],
  ['uthman', 'othman', 'osman', 'usman', 'otman'],
  ['usama', 'osama'],
  ['ibrahim', 'ebrahim', 'ibragim', 'brahim'],
  ['ismail', 'esmail', 'ismoil'],
  ['isa', 'issa', 'essa', 'eisa'],
  ['sulayman', 'suleiman', 'suleyman', 'soliman', 'sulejman', 'suleman'],
  ['mustafa', 'mostafa', 'mustafo'],
  ['abu', 'abo'],
  ['al', 'el'],
];
