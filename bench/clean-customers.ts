/**
 * Customer rows that are not on the lists: generated like the synthetic corpus (listed name
 * parts recombined), minus every name that is a listed name or part of one once folded
 * (case, accents, punctuation and word order ignored): "Sergey Chemezov" is left out because
 * "CHEMEZOV, Sergey Viktorovich" is listed. Whatever such a row draws at the threshold is a
 * false alert.
 */
import type { MatchableEntity, MatchQuery } from '../src/match/types.js';
import { nameTokens } from './eval/name-tokens.js';
import { syntheticEntities, type NamePools } from './synthetic-corpus.js';

export class ListedNames {
  /** Folded word -> the word sets of the listed names holding it. */
  private readonly byWord = new Map<string, Set<string>[]>();

  constructor(entities: readonly MatchableEntity[]) {
    for (const name of entities.flatMap((e) => e.names)) {
      const words = new Set(nameTokens(name));
      for (const word of words) {
        const holders = this.byWord.get(word);
        if (holders === undefined) this.byWord.set(word, [words]);
        else holders.push(words);
      }
    }
  }

  /** Whether every word of `name` is in one listed name. */
  covers(name: string): boolean {
    const words = [...new Set(nameTokens(name))];
    const holders = words.map((w) => this.byWord.get(w) ?? []);
    if (holders.some((h) => h.length === 0)) return false;
    const rarest = holders.reduce((a, b) => (a.length <= b.length ? a : b));
    return rarest.some((listed) => words.every((w) => listed.has(w)));
  }
}

export interface CustomerQuery {
  readonly id: string;
  readonly query: MatchQuery;
}

/**
 * `count` customers with names no list holds. With `withFacts` a row also carries the
 * generated birth date and country, as a bank's customer file would.
 */
export function cleanCustomers(pools: NamePools, listed: ListedNames, options: { count: number; seed: number; withFacts: boolean }): CustomerQuery[] {
  const customers: CustomerQuery[] = [];
  for (const entity of syntheticEntities(pools, Number.MAX_SAFE_INTEGER, options.seed)) {
    if (customers.length === options.count) break;
    const name = entity.names[0]!;
    if (listed.covers(name)) continue;
    const facts = options.withFacts ? { birthDates: entity.birthDates, countries: entity.countries } : {};
    customers.push({ id: entity.id, query: { schema: entity.schema, names: [name], ...facts } });
  }
  return customers;
}
