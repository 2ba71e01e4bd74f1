/**
 * The sanctions programmes and countries of the party an event is about, as they stood in the
 * snapshot that showed the party: the snapshot of the event for a designation, relisting or
 * amendment, the snapshot before it for a delisting (the party is gone from the event's own).
 * Programmes are the `program` values of the Sanction entities whose `entity` is the party;
 * countries its country, nationality, jurisdiction and citizenship values.
 *
 * Read per distinct party with one indexed lookup per facet (its own statements for countries,
 * those of the entities referring to it for programmes), only for the facets asked for: for a
 * window of ~3,000 events this is far cheaper than reading whole snapshots (~300,000
 * statements each for OFAC SDN). What a recorded snapshot contained never changes, so facets
 * are remembered per (dataset, party, snapshot) in a bounded memo.
 */
import { SCHEMA_PROP } from '../model/statement.js';
import type { SanctionEvent } from '../history/events.js';
import { spanCovers } from '../history/spans.js';
import type { StatementRecord, Store } from '../store/store.js';

export interface EventFacets {
  readonly programs: readonly string[];
  readonly countries: readonly string[];
}

const COUNTRY_PROPS: ReadonlySet<string> = new Set(['country', 'nationality', 'jurisdiction', 'citizenship']);
const SANCTION_SCHEMA = 'Sanction';

/** Snapshot dates per dataset, in date order. */
export type SnapshotDates = ReadonlyMap<string, readonly string[]>;

const seenOn = (statement: StatementRecord, date: string) => statement.spans.some((span) => spanCovers(span, date));
const facetKey = (dataset: string, partyId: string, date: string) => `${dataset}\u0000${partyId}\u0000${date}`;
const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort();

/** The snapshot in which the event's party was last present: its own, or the one before for a delisting. */
function shownIn(event: SanctionEvent, snapshots: SnapshotDates): string {
  if (event.type !== 'delisted') return event.snapshotDate;
  const dates = snapshots.get(event.dataset) ?? [];
  return dates.filter((date) => date < event.snapshotDate).at(-1) ?? event.snapshotDate;
}

function countriesOf(own: readonly StatementRecord[], dataset: string, date: string): string[] {
  return sortedUnique(own.filter((s) => s.dataset === dataset && COUNTRY_PROPS.has(s.prop) && seenOn(s, date)).map((s) => s.value));
}

function programsOf(partyId: string, referring: readonly StatementRecord[], dataset: string, date: string): string[] {
  const seen = referring.filter((s) => s.dataset === dataset && seenOn(s, date));
  const sanctions = new Set(seen.filter((s) => s.prop === SCHEMA_PROP && s.value === SANCTION_SCHEMA).map((s) => s.entityId));
  const ofParty = new Set(seen.filter((s) => s.prop === 'entity' && s.value === partyId && sanctions.has(s.entityId)).map((s) => s.entityId));
  return sortedUnique(seen.filter((s) => s.prop === 'program' && ofParty.has(s.entityId)).map((s) => s.value));
}

/** Which facets a caller needs: a filter needs one kind for every event, the page both. */
export interface FacetNeeds {
  readonly programs: boolean;
  readonly countries: boolean;
}

type KnownFacets = { programs?: readonly string[]; countries?: readonly string[] };

export class EventFacetReader {
  private readonly memo = new Map<string, KnownFacets>();

  constructor(
    private readonly store: Store,
    private readonly maxRemembered = 100_000,
  ) {}

  /** The facets of each event, in the order given; a facet not needed may be left empty. */
  async facetsOf(events: readonly SanctionEvent[], snapshots: SnapshotDates, needs: FacetNeeds): Promise<EventFacets[]> {
    const keys = events.map((event) => facetKey(event.dataset, event.entityId, shownIn(event, snapshots)));
    if (this.memo.size + events.length > this.maxRemembered) this.memo.clear();
    // Held here too: a concurrent request may clear the memo while this one reads.
    const found = new Map(keys.map((key) => [key, { ...this.memo.get(key) }]));
    const missing = new Map<string, SanctionEvent[]>();
    events.forEach((event, i) => {
      const known = found.get(keys[i]!)!;
      if (!((needs.programs && known.programs === undefined) || (needs.countries && known.countries === undefined))) return;
      const partyEvents = missing.get(event.entityId);
      if (partyEvents === undefined) missing.set(event.entityId, [event]);
      else partyEvents.push(event);
    });
    for (const [partyId, partyEvents] of missing) await this.readParty(partyId, partyEvents, { snapshots, needs, found });
    return keys.map((key) => ({ programs: found.get(key)!.programs ?? [], countries: found.get(key)!.countries ?? [] }));
  }

  /** Reads only the statements the needs call for: the party's own (countries), those referring to it (programmes). */
  private async readParty(partyId: string, events: readonly SanctionEvent[], read: { snapshots: SnapshotDates; needs: FacetNeeds; found: Map<string, KnownFacets> }): Promise<void> {
    const own = read.needs.countries ? await this.store.statementsOfEntity(partyId) : undefined;
    const referring = read.needs.programs ? await this.store.statementsReferencing(partyId) : undefined;
    for (const event of events) {
      const date = shownIn(event, read.snapshots);
      const key = facetKey(event.dataset, partyId, date);
      const known = read.found.get(key)!;
      if (own !== undefined) known.countries = countriesOf(own, event.dataset, date);
      if (referring !== undefined) known.programs = programsOf(partyId, referring, event.dataset, date);
      this.memo.set(key, { ...known });
    }
  }
}
