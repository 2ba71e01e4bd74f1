/**
 * A generated corpus of matchable entities whose names look like listed names: given names,
 * middle names, surnames and company words are drawn from the real lists with their listed
 * frequencies (a pool keeps every occurrence, so "Mohammad" is drawn as often as it is
 * listed) and recombined. About 70% persons and 30% organisations, one to three names each
 * (the other names: the list's "SURNAME, Given" form, another romanization, the company name
 * without or with another legal form), birth dates for about 60% of persons and a country for
 * about half of all. Deterministic for a seed.
 */
import type { MatchableEntity } from '../src/match/types.js';
import { seededRandom, type Random } from './eval/sampling.js';
import { nameParts, pick, titleCase, transliterationVariant } from './perturb.js';

export interface NamePools {
  readonly givenNames: readonly string[];
  readonly middleNames: readonly string[];
  /** Whole surnames ("AL-ZAWAHIRI", "RIVAS REYES"). */
  readonly surnames: readonly string[];
  /** Words of organisation names but their last. */
  readonly organizationWords: readonly string[];
  /** Last words of organisation names: legal forms ("LLC", "OOO") as often as they end names. */
  readonly organizationEndings: readonly string[];
  readonly countries: readonly string[];
}

/** Latin letters, spaces and the punctuation of names; no digits (vessel and aircraft codes). */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s,.'’-]+$/u;
const cleanWords = (text: string): string[] =>
  text
    .replace(/[,.]/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}{2}/u.test(w));

const NON_PARTY_SCHEMATA = new Set(['Vessel', 'Airplane']);

/** The name parts of every Latin name of every listed person and organisation. */
export function namePoolsOf(entities: readonly MatchableEntity[]): NamePools {
  const pools = { givenNames: [] as string[], middleNames: [] as string[], surnames: [] as string[], organizationWords: [] as string[], organizationEndings: [] as string[], countries: [] as string[] };
  for (const entity of entities) {
    if (NON_PARTY_SCHEMATA.has(entity.schema)) continue;
    pools.countries.push(...entity.countries);
    for (const name of entity.names.filter((n) => LATIN_NAME.test(n))) {
      if (entity.schema === 'Person') {
        const parts = nameParts(name);
        const [first, ...middle] = parts.given.flatMap(cleanWords);
        const surname = parts.surname.flatMap(cleanWords);
        if (first === undefined || surname.length === 0) continue;
        pools.givenNames.push(titleCase(first));
        pools.middleNames.push(...middle.map(titleCase));
        pools.surnames.push(surname.map(titleCase).join(' '));
      } else {
        // Quotes around a company's own name ("OOO 'GAZPROM DOBYCHA'") are not part of its words.
        const words = cleanWords(name).map((w) => w.replace(/^['"’]+|['"’]+$/g, '').toUpperCase());
        const last = words.pop();
        if (last === undefined) continue;
        // A one-word name is all "word"; a longer one ends in its legal form when it has one.
        (words.length === 0 ? pools.organizationWords : pools.organizationEndings).push(last);
        pools.organizationWords.push(...words);
      }
    }
  }
  return pools;
}

const chance = (random: Random, share: number): boolean => random() < share;

function birthDate(random: Random): string {
  const year = 1940 + Math.floor(random() * 61);
  if (chance(random, 0.25)) return String(year);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 60% one name, 30% two, 10% three. */
const nameCount = (random: Random): number => (chance(random, 0.6) ? 1 : chance(random, 0.75) ? 2 : 3);

function personNames(pools: NamePools, random: Random): string[] {
  const given = [pick(pools.givenNames, random), ...(chance(random, 0.5) ? [pick(pools.middleNames, random)] : [])];
  const surname = pick(pools.surnames, random);
  const names = [`${given.join(' ')} ${surname}`];
  const others = [
    () => `${surname.toUpperCase()}, ${given.join(' ')}`,
    () => transliterationVariant(names[0]!, random) ?? `${pick(pools.givenNames, random)} ${surname}`,
  ];
  for (let i = 1; i < nameCount(random); i++) names.push(others[i - 1]!());
  return names;
}

function organizationNames(pools: NamePools, random: Random): string[] {
  const wordCount = chance(random, 0.4) ? 1 : chance(random, 0.67) ? 2 : 3;
  const words = Array.from({ length: wordCount }, () => pick(pools.organizationWords, random));
  const ending = chance(random, 0.7) ? [pick(pools.organizationEndings, random)] : [];
  const names = [[...words, ...ending].join(' ')];
  const others = [
    () => (ending.length > 0 ? words.join(' ') : [...words, pick(pools.organizationEndings, random)].join(' ')),
    () => transliterationVariant(names[0]!, random) ?? [...words, pick(pools.organizationEndings, random)].join(' '),
  ];
  for (let i = 1; i < nameCount(random); i++) names.push(others[i - 1]!());
  return names;
}

function syntheticEntity(pools: NamePools, id: string, random: Random): MatchableEntity {
  const isPerson = chance(random, 0.7);
  const names = [...new Set(isPerson ? personNames(pools, random) : organizationNames(pools, random))];
  return {
    id,
    schema: isPerson ? 'Person' : chance(random, 0.5) ? 'Company' : 'Organization',
    caption: names[0]!,
    names,
    birthDates: isPerson && chance(random, 0.6) ? [birthDate(random)] : [],
    countries: chance(random, 0.5) ? [pick(pools.countries, random)] : [],
    identifiers: [],
    datasets: ['synthetic'],
  };
}

/** `count` generated entities, ids `synthetic-<seed>-<n>`; the same seed gives the same corpus. */
export function* syntheticEntities(pools: NamePools, count: number, seed: number): Generator<MatchableEntity> {
  const random = seededRandom(seed);
  for (let n = 0; n < count; n++) yield syntheticEntity(pools, `synthetic-${seed}-${n}`, random);
}
