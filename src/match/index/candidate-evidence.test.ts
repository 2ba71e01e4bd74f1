import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CandidateEvidence } from './candidate-evidence.js';

/** 1,000 entities of three names each, numbered in a row as the index numbers them. */
const ENTITIES = 1000;
const nameEntity = Array.from({ length: ENTITIES * 3 }, (_, name) => Math.floor(name / 3));
const firstName = Array.from({ length: ENTITIES }, (_, entity) => entity * 3);
/** A common key's names: every sixth, so only even entities hold it (entity e has names 3e to 3e + 2). */
const commonNames = nameEntity.map((_, name) => name).filter((name) => name % 6 === 0);

/** What the lookups should leave: each entity found by `found` gains `weight` once if a name of it is in `common`. */
function expected(found: readonly number[], common: readonly number[], weight: number) {
  const foundSet = new Set(found.map((name) => nameEntity[name]!));
  const hit = new Set(found);
  const evidence = new Map([...foundSet].map((entity) => [entity, 1]));
  const gained = new Set<number>();
  for (const name of common) {
    const entity = nameEntity[name]!;
    if (!foundSet.has(entity)) continue;
    hit.add(name);
    if (!gained.has(entity)) evidence.set(entity, evidence.get(entity)! + weight);
    gained.add(entity);
  }
  return { evidence, hit };
}

function check(found: readonly number[], common: readonly number[]) {
  const evidence = new CandidateEvidence(ENTITIES, nameEntity, firstName);
  evidence.begin();
  evidence.add(found, 1);
  evidence.addToFound(common, 0.25);
  const want = expected(found, common, 0.25);
  assert.deepEqual(new Set(evidence.entities), new Set(want.evidence.keys()));
  for (const [entity, sum] of want.evidence) assert.equal(evidence.evidenceOf(entity), sum, `entity ${entity}`);
  for (let name = 0; name < nameEntity.length; name++) assert.equal(evidence.wasHit(name), want.hit.has(name), `name ${name}`);
}

describe('CandidateEvidence.addToFound', () => {
  it('adds a common key to those of the few entities found that hold it, once each', () => {
    // Entities 7 (names 21-23), 500 (1500-1502) and 999 (2997-2999): only 500 holds the common key (name 1500).
    check([21, 1501, 2999], commonNames);
  });

  it('adds a common key to those of many entities found that hold it, once each', () => {
    check(nameEntity.map((_, name) => name).filter((name) => name % 3 === 1 && name < 2400), commonNames);
  });

  it('leaves entities found by no earlier lookup out', () => {
    const evidence = new CandidateEvidence(ENTITIES, nameEntity, firstName);
    evidence.begin();
    evidence.addToFound(commonNames, 1);
    assert.deepEqual(evidence.entities, []);
    assert.equal(evidence.wasHit(0), false);
  });
});
