/**
 * The Sanction entity every source attaches to a listed party: who imposed it (authority,
 * country), under which programme, and since when where the source says. One Sanction per
 * (target, authority, programme), with an id derived from those, so it is the same entity
 * in every snapshot and a programme change shows up as a change, not as noise.
 */
import { EntityBuilder, type Entity } from '../../model/entity.js';
import { derivedId } from '../../model/ids.js';

export interface SanctionFacts {
  targetId: string;
  authority: string;
  /** FtM country code of the sanctioning body ("us", "gb", "eu", "un"). */
  country: string;
  program: string;
  programId?: string;
  listingDate?: string;
  startDate?: string;
  authorityId?: string;
  reason?: string;
  provisions?: readonly string[];
  sourceUrl?: string;
  unscId?: string;
}

export function buildSanction(facts: SanctionFacts): Entity {
  return new EntityBuilder('Sanction', derivedId(facts.targetId, 'sanction', facts.authority, facts.program))
    .add('entity', facts.targetId)
    .add('authority', facts.authority)
    .add('country', facts.country)
    .add('program', facts.program)
    .add('programId', facts.programId)
    .add('listingDate', facts.listingDate)
    .add('startDate', facts.startDate)
    .add('authorityId', facts.authorityId)
    .add('reason', facts.reason)
    .add('provisions', facts.provisions)
    .add('sourceUrl', facts.sourceUrl)
    .add('unscId', facts.unscId)
    .build();
}
