/**
 * Sanction events derived from two consecutive snapshots of one dataset: which targets were
 * designated, delisted, relisted or amended. A target's content includes the entities that
 * hang off it (its Sanctions, Addresses, Identifications, links), so a programme added to a
 * listing is an amendment of the listed party, reported as `Sanction:program`.
 */
import { entityCaption, type Entity } from '../model/entity.js';
import { entityReferenceProperties } from '../model/ftm.js';

export type EventType = 'designated' | 'delisted' | 'relisted' | 'amended';

export interface SanctionEvent {
  readonly dataset: string;
  readonly entityId: string;
  readonly type: EventType;
  /** When it happened: the source's listing date for designations that state one, else the snapshot date. */
  readonly date: string;
  /** The snapshot in which the change was observed. */
  readonly snapshotDate: string;
  readonly schema: string;
  readonly caption: string;
  /** For amendments: the properties whose values changed, sorted. */
  readonly changed: readonly string[];
}

export interface SnapshotComparison {
  readonly dataset: string;
  readonly date: string;
  /** Entities of the previous snapshot; undefined when this is the dataset's first. */
  readonly previous?: ReadonlyMap<string, Entity>;
  readonly current: ReadonlyMap<string, Entity>;
  /** Targets seen in some snapshot before the previous one (so reappearing is a relisting). */
  readonly seenEarlier: ReadonlySet<string>;
}

const LISTING_DATE_PROPS = ['listingDate', 'startDate'] as const;

/** Facts of a target and of the entities attached to it, as `prop=value` strings. */
function targetContents(entities: ReadonlyMap<string, Entity>): Map<string, Set<string>> {
  const contents = new Map<string, Set<string>>();
  for (const entity of entities.values()) {
    if (!entity.target) continue;
    const facts = new Set<string>([`$schema=${entity.schema}`]);
    for (const [prop, values] of Object.entries(entity.properties)) for (const v of values) facts.add(`${prop}=${v}`);
    contents.set(entity.id, facts);
  }
  for (const entity of entities.values()) {
    if (entity.target) continue;
    for (const targetId of attachedTargets(entity, entities)) {
      const facts = contents.get(targetId)!;
      for (const [prop, values] of Object.entries(entity.properties)) {
        for (const v of values) if (v !== targetId) facts.add(`${entity.schema}:${prop}=${v}`);
      }
    }
  }
  return contents;
}

/** Targets a non-target entity describes: those it references (Sanction.entity, Passport.holder, ...). */
function attachedTargets(entity: Entity, entities: ReadonlyMap<string, Entity>): Set<string> {
  const targets = new Set<string>();
  for (const prop of entityReferenceProperties(entity.schema)) {
    for (const id of entity.properties[prop] ?? []) if (entities.get(id)?.target) targets.add(id);
  }
  return targets;
}

/** Addresses and other entities are attached from the target's side (Thing.addressEntity). */
function attachReferencedEntities(entities: ReadonlyMap<string, Entity>, contents: Map<string, Set<string>>): void {
  for (const [targetId, facts] of contents) {
    const target = entities.get(targetId)!;
    for (const prop of entityReferenceProperties(target.schema)) {
      for (const id of target.properties[prop] ?? []) {
        const referenced = entities.get(id);
        if (referenced === undefined || referenced.target) continue;
        for (const [p, values] of Object.entries(referenced.properties)) for (const v of values) facts.add(`${referenced.schema}:${p}=${v}`);
      }
    }
  }
}

function changedProperties(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  const props = new Set<string>();
  for (const fact of before) if (!after.has(fact)) props.add(fact.slice(0, fact.indexOf('=')));
  for (const fact of after) if (!before.has(fact)) props.add(fact.slice(0, fact.indexOf('=')));
  return [...props].sort();
}

export function deriveEvents(comparison: SnapshotComparison): SanctionEvent[] {
  const { dataset, date, previous, current } = comparison;
  const after = contentsOf(current);
  const before = previous === undefined ? new Map<string, Set<string>>() : contentsOf(previous);
  const listingDates = sanctionListingDates(current);
  const events: SanctionEvent[] = [];
  const event = (entity: Entity, type: EventType, eventDate: string, changed: string[] = []): void => {
    events.push({ dataset, entityId: entity.id, type, date: eventDate, snapshotDate: date, schema: entity.schema, caption: entityCaption(entity), changed });
  };
  for (const [id, facts] of after) {
    const entity = current.get(id)!;
    const earlier = before.get(id);
    if (earlier !== undefined) {
      const changed = changedProperties(earlier, facts);
      if (changed.length > 0) event(entity, 'amended', date, changed);
    } else if (comparison.seenEarlier.has(id)) {
      event(entity, 'relisted', date);
    } else if (previous !== undefined) {
      event(entity, 'designated', listingDates.get(id) ?? date);
    } else if (listingDates.has(id)) {
      // The first snapshot invents no dates: only a listing date the source states is reported.
      event(entity, 'designated', listingDates.get(id)!);
    }
  }
  for (const id of before.keys()) if (!after.has(id)) event(previous!.get(id)!, 'delisted', date);
  return events.sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
}

function contentsOf(entities: ReadonlyMap<string, Entity>): Map<string, Set<string>> {
  const contents = targetContents(entities);
  attachReferencedEntities(entities, contents);
  return contents;
}

/** Per target, the earliest listing date the source gives in the Sanctions naming it. */
function sanctionListingDates(entities: ReadonlyMap<string, Entity>): Map<string, string> {
  const dates = new Map<string, string>();
  for (const entity of entities.values()) {
    if (entity.schema !== 'Sanction') continue;
    const listed = LISTING_DATE_PROPS.flatMap((prop) => entity.properties[prop] ?? []).sort()[0];
    if (listed === undefined) continue;
    for (const targetId of entity.properties.entity ?? []) {
      const known = dates.get(targetId);
      if (known === undefined || listed < known) dates.set(targetId, listed);
    }
  }
  return dates;
}
