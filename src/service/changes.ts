/**
 * The changes feed: sanction events (designated, delisted, relisted, amended) of one dataset or
 * of every loaded one, in a date range, filtered by event type, schema, country and programme,
 * sorted by date then entity id, one page of them with the programmes and countries of each
 * party, the total, and per-month counts by type of every event that passes the filters (for
 * a chart of the whole selection, not only the page).
 *
 * Programmes and countries are read only when a filter needs them for every event, or else for
 * the page alone (see event-facets.ts).
 */
import { InvalidInputError, NotFoundError } from '../model/errors.js';
import { countryLabels, getSchema } from '../model/ftm.js';
import type { EventType, SanctionEvent } from '../history/events.js';
import { isCalendarDate } from '../sources/lib/dates.js';
import type { Store } from '../store/store.js';
import type { EventFacetReader, EventFacets, FacetNeeds, SnapshotDates } from './event-facets.js';
import { eventView } from './views.js';

export const EVENT_TYPES: readonly EventType[] = ['designated', 'delisted', 'relisted', 'amended'];
export const DEFAULT_CHANGES_LIMIT = 100;
export const MAX_CHANGES_LIMIT = 1000;

/** As the API receives it: names in messages are the query parameters'. */
export interface ChangesFeedQuery {
  readonly dataset?: string;
  readonly from?: string;
  readonly to?: string;
  readonly types?: readonly string[];
  readonly schema?: string;
  readonly country?: string;
  readonly program?: string;
  readonly limit: number;
  readonly offset: number;
}

export type MonthCounts = { month: string } & Record<EventType, number>;

export interface ChangesFeed {
  readonly events: (ReturnType<typeof eventView> & EventFacets)[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly per_month: MonthCounts[];
}

function checkDate(name: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) throw new InvalidInputError(`${name}: must be a date YYYY-MM-DD, got "${value.slice(0, 40)}"`);
}

function checkTypes(types: readonly string[] | undefined): EventType[] | undefined {
  if (types === undefined || types.length === 0) return undefined;
  for (const type of types) {
    if (!EVENT_TYPES.includes(type as EventType)) throw new InvalidInputError(`type: unknown event type "${type.slice(0, 40)}"; use ${EVENT_TYPES.join(', ')}`);
  }
  return types as EventType[];
}

function checkQuery(query: ChangesFeedQuery): EventType[] | undefined {
  checkDate('from', query.from);
  checkDate('to', query.to);
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw new InvalidInputError(`from (${query.from}) is after to (${query.to})`);
  }
  if (query.schema !== undefined) {
    try {
      getSchema(query.schema);
    } catch {
      throw new InvalidInputError(`schema: unknown FollowTheMoney schema "${query.schema.slice(0, 40)}" (e.g. Person, Organization, Vessel)`);
    }
  }
  if (query.country !== undefined && !countryLabels().has(query.country.toLowerCase())) {
    throw new InvalidInputError(`country: unknown country code "${query.country.slice(0, 40)}"; use an ISO 3166 alpha-2 code such as ru`);
  }
  return checkTypes(query.types);
}

/** Snapshot dates of every loaded dataset; NotFoundError when `dataset` is asked for and not loaded. */
async function loadedSnapshots(store: Store, dataset: string | undefined): Promise<SnapshotDates> {
  const loaded = (await store.listDatasets()).filter((d) => d.snapshots.length > 0);
  if (dataset !== undefined && !loaded.some((d) => d.name === dataset)) {
    throw new NotFoundError(`no dataset ${dataset.slice(0, 80)} has been loaded (loaded: ${loaded.map((d) => d.name).join(', ') || 'none'})`);
  }
  return new Map(loaded.map((d) => [d.name, d.snapshots.map((s) => s.asOf)]));
}

type FacetsOf = (events: readonly SanctionEvent[], needs: FacetNeeds) => Promise<EventFacets[]>;

const byDateThenEntity = (a: SanctionEvent, b: SanctionEvent) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0);

/**
 * Keeps the events whose party has the country and programme asked for (case-insensitive).
 * Countries first: they come from the party's own statements, the cheaper read, and leave
 * fewer parties whose programmes must be read.
 */
async function filterByFacets(events: SanctionEvent[], query: ChangesFeedQuery, facets: FacetsOf): Promise<SanctionEvent[]> {
  let kept = events;
  if (query.country !== undefined) {
    const country = query.country.toLowerCase();
    const found = await facets(kept, { countries: true, programs: false });
    kept = kept.filter((_event, i) => found[i]!.countries.includes(country));
  }
  if (query.program !== undefined) {
    const program = query.program.toUpperCase();
    const found = await facets(kept, { countries: false, programs: true });
    kept = kept.filter((_event, i) => found[i]!.programs.some((p) => p.toUpperCase() === program));
  }
  return kept;
}

export async function changesFeed(store: Store, reader: EventFacetReader, query: ChangesFeedQuery): Promise<ChangesFeed> {
  const types = checkQuery(query);
  const snapshots = await loadedSnapshots(store, query.dataset);
  const facets: FacetsOf = (events, needs) => reader.facetsOf(events, snapshots, needs);
  const listed = await store.listEvents({ dataset: query.dataset, from: query.from, to: query.to, types });
  const ofSchema = query.schema === undefined ? listed : listed.filter((event) => event.schema === query.schema);
  const matching = (await filterByFacets(ofSchema, query, facets)).sort(byDateThenEntity);
  const page = matching.slice(query.offset, query.offset + query.limit);
  const pageFacets = await facets(page, { countries: true, programs: true });
  return {
    events: page.map((event, i) => ({ ...eventView(event), ...pageFacets[i]! })),
    total: matching.length,
    limit: query.limit,
    offset: query.offset,
    per_month: countsPerMonth(matching),
  };
}

const nextMonth = (month: string) => {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};

/** Every month from the first event's to the last one's (empty months included, for a chart), with counts by type. */
export function countsPerMonth(events: readonly SanctionEvent[]): MonthCounts[] {
  if (events.length === 0) return [];
  const byMonth = new Map<string, MonthCounts>();
  const [first, last] = [events[0]!.date.slice(0, 7), events.at(-1)!.date.slice(0, 7)];
  for (let month = first; month <= last; month = nextMonth(month)) byMonth.set(month, { month, designated: 0, delisted: 0, relisted: 0, amended: 0 });
  for (const event of events) byMonth.get(event.date.slice(0, 7))![event.type] += 1;
  return [...byMonth.values()];
}
