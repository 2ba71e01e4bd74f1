/**
 * The benchmark's queries: listed persons and organisations whose main name (the caption,
 * else their first Latin name) is perturbed one way each (perturb.ts), name only, so a query
 * knows its source entity. 70% persons, 30% organisations, each kind of perturbation drawn
 * equally often; another romanization is drawn from parties of post-Soviet countries, whose
 * names were romanized from Cyrillic. An entity gives at most one query.
 */
import type { MatchableEntity, MatchQuery } from '../src/match/types.js';
import { seededRandom, shuffled, type Random } from './eval/sampling.js';
import { ORGANIZATION_PERTURBATIONS, PERSON_PERTURBATIONS, perturbName, type PerturbationKind } from './perturb.js';

export interface PerturbedQuery {
  readonly sourceId: string;
  readonly kind: PerturbationKind;
  readonly original: string;
  readonly query: MatchQuery;
}

const PERSON_SHARE = 0.7;
const CYRILLIC_COUNTRIES = new Set(['ru', 'by', 'ua', 'kz', 'kg', 'tj', 'md']);
const LATIN = /^[\p{Script=Latin}\p{M}\s\p{P}]+$/u;

function mainLatinName(entity: MatchableEntity): string | undefined {
  return LATIN.test(entity.caption) ? entity.caption : entity.names.find((n) => LATIN.test(n));
}

interface Draw {
  readonly candidates: readonly MatchableEntity[];
  readonly kinds: readonly PerturbationKind[];
  readonly count: number;
}

function drawQueries(draw: Draw, used: Set<string>, random: Random): PerturbedQuery[] {
  const queries: PerturbedQuery[] = [];
  const ordered = shuffled(draw.candidates, random);
  const fromCyrillic = ordered.filter((e) => e.countries.some((c) => CYRILLIC_COUNTRIES.has(c)));
  for (let i = 0; i < draw.count; i++) {
    const kind = draw.kinds[i % draw.kinds.length]!;
    // Other romanizations from Cyrillic names first; any name a rule fits when those run out.
    const pool = kind === 'transliteration' ? [...fromCyrillic, ...ordered] : ordered;
    for (const entity of pool) {
      const original = mainLatinName(entity);
      if (used.has(entity.id) || original === undefined) continue;
      const perturbed = perturbName(original, kind, random);
      if (perturbed === null || perturbed === original) continue;
      used.add(entity.id);
      queries.push({ sourceId: entity.id, kind, original, query: { schema: entity.schema, names: [perturbed] } });
      break;
    }
  }
  return queries;
}

/** `count` perturbed queries over the listed persons and organisations; the same seed gives the same queries. */
export function perturbedQueries(entities: readonly MatchableEntity[], options: { count: number; seed: number }): PerturbedQuery[] {
  const random = seededRandom(options.seed);
  const used = new Set<string>();
  const persons = entities.filter((e) => e.schema === 'Person');
  const organizations = entities.filter((e) => e.schema !== 'Person' && e.schema !== 'Vessel' && e.schema !== 'Airplane');
  const personCount = Math.round(options.count * PERSON_SHARE);
  return [
    ...drawQueries({ candidates: persons, kinds: PERSON_PERTURBATIONS, count: personCount }, used, random),
    ...drawQueries({ candidates: organizations, kinds: ORGANIZATION_PERTURBATIONS, count: options.count - personCount }, used, random),
  ];
}
