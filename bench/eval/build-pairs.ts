/**
 * Builds bench/eval/pairs.jsonl, the labelled name-pair set `npm run eval` scores, from the
 * real list files in ../shared/data (see README.md beside this file for the rules and counts).
 * Deterministic: sorted inputs, draws in an order fixed per pair by a hash of the pair and a
 * seed, and a seeded PRNG for random negatives, so a run rewrites the file identically and a
 * rule that moves some pairs leaves the others where they are.
 *
 *   npm run build && node dist/bench/eval/build-pairs.js
 */
import { writeFileSync } from 'node:fs';
import { findCrossListLinks, type CrossListLink } from './cross-list.js';
import { formatPair, isHeadlinePair, pairKey, PAIRS_FILE, type LabelledPair } from './labelled-pair.js';
import { LIST_FILES, readListedParties, type ListedParty } from './listed-parties.js';
import { listNegatives } from './negative-pairs.js';
import { crossListPositives, partyPositives, type Candidate, type PositiveDropCounts } from './positive-pairs.js';
import { draw, groupBy, seededRandom } from './sampling.js';
import { printCounts } from './pair-counts.js';

const SEED = 20261130;
/** Positives drawn per stratum, and per party within it. */
const QUOTA = { alias: 350, original_script: 500, weak_alias: 100, cross_list: 1000, other_name: 150, acronym: 100, perParty: 3 } as const;
/** Share of each stratum's negatives that are random pairs (Latin strata only); the rest are hard. */
const RANDOM_SHARE = 0.15;
const HARD_KINDS = ['same_surname', 'same_first_name', 'same_legal_form', 'similar'] as const;

class PairSet {
  private readonly keys = new Set<string>();
  readonly pairs: LabelledPair[] = [];
  has = (c: Candidate): boolean => this.keys.has(pairKey(c.pair));
  add(candidates: readonly Candidate[]): void {
    for (const c of candidates) {
      if (this.has(c)) continue;
      this.keys.add(pairKey(c.pair));
      this.pairs.push(c.pair);
    }
  }
}

/** Positive stratum: kind, and list + schema (alias), script (original_script) or list (the kinds reported apart). */
function positiveStratum({ pair }: Candidate): string {
  const list = pair.source.split(' ')[0];
  if (pair.kind === 'alias') return `alias ${list} ${pair.schema}`;
  if (pair.kind === 'original_script') return `original_script ${pair.script}`;
  return pair.kind === 'cross_list' ? 'cross_list' : `${pair.kind} ${list}`;
}

const drawKey = (c: Candidate): string => pairKey(c.pair);

function drawPositives(candidates: readonly Candidate[], set: PairSet): void {
  for (const [stratum, group] of groupBy(candidates, positiveStratum)) {
    const kind = stratum.split(' ')[0] as keyof typeof QUOTA;
    set.add(draw(group, { count: QUOTA[kind], key: drawKey, seed: SEED, group: (c) => c.group, perGroup: QUOTA.perParty, isTaken: set.has }));
  }
}

/** For each schema and script, as many negatives as name-variant positives (the headline), mostly hard. */
function drawNegatives(candidates: readonly Candidate[], set: PairSet): void {
  const positives = groupBy(set.pairs.filter((p) => p.match && isHeadlinePair(p)), (p) => `${p.schema} ${p.script}`);
  const negatives = groupBy(candidates, (c) => `${c.pair.schema} ${c.pair.script}`);
  for (const [stratum, pool] of negatives) {
    const target = positives.get(stratum)?.length ?? 0;
    const byKind = groupBy(pool, (c) => c.pair.kind);
    const randomCount = stratum.endsWith(' Latin') ? Math.round(target * RANDOM_SHARE) : 0;
    set.add(draw(byKind.get('random') ?? [], { count: randomCount, key: drawKey, seed: SEED, isTaken: set.has }));
    const hard = HARD_KINDS.filter((kind) => byKind.has(kind));
    // Equal shares per kind first, then whatever is still missing from any hard kind.
    for (const share of [Math.ceil((target - randomCount) / Math.max(hard.length, 1)), Infinity]) {
      for (const kind of hard) {
        const missing = target - set.pairs.filter((p) => !p.match && `${p.schema} ${p.script}` === stratum).length;
        if (missing <= 0) break;
        set.add(draw(byKind.get(kind)!, { count: Math.min(share, missing), key: drawKey, seed: SEED, group: (c) => c.group, perGroup: 3, isTaken: set.has }));
      }
    }
  }
}

function crossListLinks(lists: ReadonlyMap<string, ListedParty[]>): CrossListLink[] {
  const get = (list: string): ListedParty[] => lists.get(list) ?? [];
  return [...findCrossListLinks(get('ofac'), get('un')), ...findCrossListLinks(get('uk'), get('un')), ...findCrossListLinks(get('uk'), get('ofac'))];
}

const byFields = (a: LabelledPair, b: LabelledPair): number => {
  const key = (p: LabelledPair): string => [p.schema, p.match ? 0 : 1, p.kind, p.script, p.name1, p.name2, p.source].join('\u0000');
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
};

async function main(): Promise<void> {
  const lists = new Map<string, ListedParty[]>();
  for (const file of LIST_FILES) lists.set(file.list, await readListedParties(file));
  const links = crossListLinks(lists);
  const dropped: PositiveDropCounts = { differentName: 0, translation: 0, unlikeLink: 0, moved: new Map() };
  const positives = [...[...lists.values()].flat().flatMap((party) => partyPositives(party, dropped)), ...crossListPositives(links, dropped)];
  const set = new PairSet();
  drawPositives(positives, set);
  // Each list its own PRNG, so the random negatives of one list do not depend on the others.
  drawNegatives([...lists.values()].flatMap((parties, i) => listNegatives(parties, links, seededRandom(SEED + i))), set);
  const pairs = set.pairs.sort(byFields);
  writeFileSync(PAIRS_FILE, pairs.map(formatPair).join('\n') + '\n');
  printCounts({ pairs, links, dropped });
}

await main();
