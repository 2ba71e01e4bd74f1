/**
 * Word classes for recognising names in running text, read once from the lexicon that the
 * compromise package ships (first names, surnames, honorifics, organisation words, places,
 * demonyms) plus the everyday words that start sentences with a capital but are no name.
 * Keys are lower case.
 */
import nlp from 'compromise';

export interface NameLexicon {
  readonly firstNames: ReadonlySet<string>;
  readonly lastNames: ReadonlySet<string>;
  /** Titles written before a person's name (president, senator, mr). */
  readonly titles: ReadonlySet<string>;
  /** Names of organisations known as such (fbi, nato) and the words that end one (bank, llp). */
  readonly organisations: ReadonlySet<string>;
  readonly orgEndings: ReadonlySet<string>;
  /** Countries, cities, regions, demonyms, months, weekdays: capitalised but neither a person nor an organisation. */
  readonly notNames: ReadonlySet<string>;
  /** Words of other classes (nouns, verbs, adverbs ...): a capital on them is the sentence's. */
  readonly common: ReadonlySet<string>;
  /** The common words that are no noun or adjective (is, the, according): never the start of an organisation's name. */
  readonly functionWords: ReadonlySet<string>;
}

const FIRST = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACES = new Set(['Country', 'City', 'Place', 'Region', 'Demonym', 'Month', 'WeekDay', 'Currency', 'Date', 'SportsTeam']);
const CONTENT_TAGS = new Set(['Singular', 'Plural', 'Noun', 'Uncountable', 'Adjective', 'Comparative', 'Superlative']);
/** Words the lexicon knows as verbs or adverbs that open organisations' names (State Corporation, United Company). */
const ORG_OPENERS = new Set(['state', 'united', 'federal', 'central', 'national', 'general']);
const NAME_TAGS = new Set([...FIRST, 'LastName', 'Person', 'Honorific', 'Organization', 'ProperNoun', 'Actor', ...PLACES]);
/** Titles the lexicon tags as Actor (ambassador) or not at all, seen before names in news. */
const EXTRA_TITLES = ['president', 'senator', 'ambassador', 'minister', 'advisor', 'adviser', 'chairman', 'director', 'lawyer', 'judge', 'governor', 'general', 'secretary', 'economist', 'journalist'];
/** Words ending organisation names beyond compromise's orgWords. */
const EXTRA_ORG_ENDINGS = ['llp', 'llc', 'plc', 'ltd', 'inc', 'corp', 'corporation', 'bank', 'agency', 'council', 'foundation', 'organization', 'organisation', 'department', 'ministry', 'party', 'group', 'company', 'institute', 'administration', 'fund', 'review', 'times', 'post', 'news'];

/** Institutions news names by one word, which the lexicon does not know as organisations. */
const EXTRA_ORGANISATIONS = ['congress', 'senate', 'treasury', 'parliament', 'pentagon', 'duma', 'interpol'];

let cached: NameLexicon | undefined;

export function nameLexicon(): NameLexicon {
  cached ??= readLexicon();
  return cached;
}

function readLexicon(): NameLexicon {
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> }; two: { orgWords: Record<string, unknown> } };
  const sets = { first: new Set<string>(), last: new Set<string>(), titles: new Set(EXTRA_TITLES), orgs: new Set(EXTRA_ORGANISATIONS), places: new Set<string>(), common: new Set<string>(), functionWords: new Set<string>() };
  for (const [word, tagOrTags] of Object.entries(model.one.lexicon)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    if (tags.some((t) => FIRST.has(t))) sets.first.add(word);
    if (tags.includes('LastName')) sets.last.add(word);
    if (tags.includes('Honorific')) sets.titles.add(word.replace(/\.$/, ''));
    if (tags.includes('Organization')) sets.orgs.add(word);
    if (tags.some((t) => PLACES.has(t))) sets.places.add(word);
    if (tags.some((t) => NAME_TAGS.has(t))) continue;
    sets.common.add(word);
    if (!tags.some((t) => CONTENT_TAGS.has(t)) && !ORG_OPENERS.has(word)) sets.functionWords.add(word);
  }
  const orgEndings = new Set([...Object.keys(model.two.orgWords), ...EXTRA_ORG_ENDINGS]);
  return { firstNames: sets.first, lastNames: sets.last, titles: sets.titles, organisations: sets.orgs, orgEndings, notNames: sets.places, common: sets.common, functionWords: sets.functionWords };
}
