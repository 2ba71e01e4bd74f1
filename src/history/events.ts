/**
 * Sanction events derived from two consecutive snapshots of one dataset: which targets were
 * designated, delisted, relisted or amended. A target's content includes the entities that
 * hang off it (its Sanctions, Addresses, Identifications, links), so a programme added to a
 * listing is an amendment of the listed party, reported as `Sanction:program`.
 */
import { entityCaption, sameEntity, type Entity } from '../model/entity.js';
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

/**
 * For each target, the non-target entities that describe it: those referencing it
 * (Sanction.entity, Passport.holder, UnknownLink.subject) and those it references
 * (Thing.addressEntity). Sorted ids, so two snapshots can be compared cheaply.
 */
function attachments(entities: ReadonlyMap<string, Entity>): Map<string, string[]> {
  const attached = new Map<string, string[]>();
  for (const entity of entities.values()) if (entity.target) attached.set(entity.id, []);
  for (const entity of entities.values()) {
    for (const prop of entityReferenceProperties(entity.schema)) {
      for (const id of entity.properties[prop] ?? []) {
        const other = entities.get(id);
        if (other === undefined || entity.target === other.target) continue;
        const [targetId, describing] = entity.target ? [entity.id, id] : [id, entity.id];
        attached.get(targetId)!.push(describing);
      }
    }
  }
  for (const [id, ids] of attached) attached.set(id, [...new Set(ids)].sort());
  return attached;
}

/** A target's own facts and those of its attached entities, as `prop=value` / `Schema:prop=value`. */
function targetFacts(targetId: string, attachedIds: readonly string[], entities: ReadonlyMap<string, Entity>): Set<string> {
  const target = entities.get(targetId)!;
  const facts = new Set<string>([`$schema=${target.schema}`]);
  for (const [prop, values] of Object.entries(target.properties)) for (const v of values) facts.add(`${prop}=${v}`);
  for (const id of attachedIds) {
    const entity = entities.get(id)!;
    for (const [prop, values] of Object.entries(entity.properties)) {
      for (const v of values) if (v !== targetId) facts.add(`${entity.schema}:${prop}=${v}`);
    }
  }
  return facts;
}

function changedProperties(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  const props = new Set<string>();
  for (const fact of before) if (!after.has(fact)) props.add(fact.slice(0, fact.indexOf('=')));
  for (const fact of after) if (!before.has(fact)) props.add(fact.slice(0, fact.indexOf('=')));
  return [...props].sort();
}

export function deriveEvents(comparison: SnapshotComparison): SanctionEvent[] {
  const { dataset, date, previous, current } = comparison;
  const attachedNow = attachments(current);
  const attachedBefore = previous === undefined ? new Map<string, string[]>() : attachments(previous);
  const listingDates = sanctionListingDates(current);
  const events: SanctionEvent[] = [];
  const event = (entity: Entity, type: EventType, eventDate: string, changed: string[] = []): void => {
    events.push({ dataset, entityId: entity.id, type, date: eventDate, snapshotDate: date, schema: entity.schema, caption: entityCaption(entity), changed });
  };
  for (const [id, attached] of attachedNow) {
    const entity = current.get(id)!;
    const attachedEarlier = attachedBefore.get(id);
    if (attachedEarlier !== undefined) {
      if (isUnchanged(id, attached, attachedEarlier, previous!, current)) continue;
      const changed = changedProperties(targetFacts(id, attachedEarlier, previous!), targetFacts(id, attached, current));
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
  for (const id of attachedBefore.keys()) if (!attachedNow.has(id)) event(previous!.get(id)!, 'delisted', date);
  return events.sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
}

/** Fast check before comparing facts: the target and everything attached to it are identical. */
function isUnchanged(
  id: string,
  attached: readonly string[],
  attachedEarlier: readonly string[],
  previous: ReadonlyMap<string, Entity>,
  current: ReadonlyMap<string, Entity>,
): boolean {
  if (!sameEntity(previous.get(id)!, current.get(id)!)) return false;
  if (attached.length !== attachedEarlier.length || attached.some((a, i) => a !== attachedEarlier[i])) return false;
  return attached.every((a) => sameEntity(previous.get(a)!, current.get(a)!));
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
