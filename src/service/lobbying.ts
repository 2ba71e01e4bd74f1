/**
 * The lobbying use case: FARA representations (dataset us_fara, the snapshot in force) whose
 * foreign principal's name matches a party listed by a sanctions dataset, with the party's
 * listing periods from its history. Principals are matched as LegalEntity names with the
 * screening engine at the default threshold against every target each sanctions dataset has
 * ever listed (a party delisted before the latest snapshot still counts); a match links only
 * when the principal is the party by name and country (lobbying/party-agreement.ts), never on
 * one common word, a namesake abroad or a foreign subsidiary. Each principal is matched once per
 * build of the listed parties, so after the first request (tens of seconds over a whole FARA
 * file, yielding to other requests) later ones, such as an entity page's, only filter.
 */
import { entityCaption, type Entity } from '../model/entity.js';
import { InvalidInputError, NotFoundError } from '../model/errors.js';
import { entitiesFromStatements, TARGET_PROP } from '../model/statement.js';
import { spanCovers, type Span } from '../history/spans.js';
import { matchableEntity } from '../match/matchable.js';
import { DEFAULT_THRESHOLD } from '../match/score.js';
import { countNamesakes, principalIsParty, type Namesakes, type PrincipalFacts } from '../lobbying/party-agreement.js';
import { linkRepresentation, sortLinks, unlinkedRepresentation, type LobbyingLink, type RepresentationFacts } from '../lobbying/representation-linking.js';
import { countryCode } from '../sources/lib/countries.js';
import type { StatementRecord, Store } from '../store/store.js';
import { buildScreeningIndex, checkAsOf, matchTargets, type MatchView, type ScreeningIndex } from './match.js';
import { addTargets, datasetsInForce, type DatasetInForce, type ScreeningTarget } from './screening-corpus.js';

export const LOBBYING_DATASET = 'us_fara';
/** Listed parties kept per principal. */
const MATCHES_PER_PRINCIPAL = 5;

export interface LobbyingRequest {
  /** Only representations whose principal matched a listed party (default: every representation). */
  readonly sanctionedOnly?: boolean;
  /** Only representations of this country (a name or an FtM code: "RU", "Russia"). */
  readonly country?: string;
  /** The FARA snapshot in force on this date (default: the latest). */
  readonly asOf?: string;
}

/** Checks the request before any store is read; the country comes back as its FtM code. */
export function validateLobbyingRequest(request: LobbyingRequest): LobbyingRequest {
  checkAsOf('--as-of', request.asOf);
  if (request.country === undefined) return request;
  const code = countryCode(request.country);
  if (code === undefined) throw new InvalidInputError(`--country: "${request.country.slice(0, 40)}" is not a country name or code`);
  return { ...request, country: code };
}

interface ListedParties {
  readonly screening: ScreeningIndex;
  /** Listing spans per entity id, over all its datasets. */
  readonly listing: ReadonlyMap<string, Span[]>;
  readonly namesakes: Namesakes;
  /** The parties each principal (name and country) was found to be, kept while these parties are. */
  readonly principalMatches: Map<string, MatchView[]>;
}

/**
 * The listed parties are rebuilt only when a sanctions snapshot was added: the last build is
 * kept per store with the snapshots it was read from.
 */
const built = new WeakMap<Store, { readonly generation: string; readonly parties: Promise<ListedParties> }>();

async function listedParties(store: Store): Promise<ListedParties> {
  const datasets = (await datasetsInForce(store, {})).filter((d) => d.dataset !== LOBBYING_DATASET);
  if (datasets.length === 0) throw new NotFoundError('no sanctions dataset has been loaded; load one besides us_fara first');
  const generation = datasets.map((d) => `${d.dataset}:${d.snapshots.map((s) => `${s.asOf}/${s.checksum}`).join(',')}`).join(';');
  const known = built.get(store);
  if (known?.generation === generation) return known.parties;
  const parties = readListedParties(store, datasets);
  built.set(store, { generation, parties });
  parties.catch(() => built.delete(store));
  return parties;
}

/**
 * Every target each dataset has ever listed, read as the dataset's whole history in one query
 * per dataset: under every name it was listed with, captioned as last listed, with the spans
 * it was listed in.
 */
async function readListedParties(store: Store, datasets: readonly DatasetInForce[]): Promise<ListedParties> {
  const targets = new Map<string, ScreeningTarget>();
  const listing = new Map<string, Span[]>();
  for (const source of datasets) {
    const listed = everListed(await store.statementsOfDataset(source.dataset), source);
    addTargets(targets, listed.targets);
    for (const [id, spans] of listed.listing) listing.set(id, [...(listing.get(id) ?? []), ...spans]);
  }
  const entities = [...targets.values()].map((t) => t.entity);
  return { screening: buildScreeningIndex(targets), listing, namesakes: countNamesakes(entities), principalMatches: new Map() };
}

/** The last date a target was listed on: the latest snapshot while it still is. */
function lastListed(spans: readonly Span[], latest: string): string {
  return spans.some((span) => span.lastSeen === null) ? latest : spans.map((span) => span.lastSeen!).sort().at(-1)!;
}

/** The targets among a dataset's statements of all times, with their listing spans. */
function everListed(statements: readonly StatementRecord[], source: DatasetInForce): { targets: ScreeningTarget[]; listing: Map<string, readonly Span[]> } {
  const listing = new Map<string, readonly Span[]>();
  for (const s of statements) if (s.prop === TARGET_PROP) listing.set(s.entityId, s.spans);
  const latest = source.snapshots.at(-1)!.asOf;
  const lastDate = new Map([...listing].map(([id, spans]) => [id, lastListed(spans, latest)]));
  const kept = statements.filter((s) => listing.has(s.entityId));
  const asLastListed = entitiesFromStatements(kept.filter((s) => s.spans.some((span) => spanCovers(span, lastDate.get(s.entityId)!))));
  const targets: ScreeningTarget[] = [];
  for (const entity of entitiesFromStatements(kept).values()) {
    const matchable = matchableEntity(entity, [source.dataset]);
    if (matchable === null) continue;
    const last = lastDate.get(entity.id)!;
    const caption = entityCaption(asLastListed.get(entity.id) ?? entity);
    const status = last === latest ? { listedNow: true } : { listedNow: false, delistedOn: source.snapshots.find((s) => s.asOf > last)?.asOf };
    targets.push({ entity: { ...matchable, caption }, ...status });
  }
  return { targets, listing };
}

/** The representations of the FARA snapshot in force, with their parties' names. */
async function representations(store: Store, asOf: string | undefined): Promise<RepresentationFacts[]> {
  const [fara] = await datasetsInForce(store, { datasets: [LOBBYING_DATASET], asOf });
  if (fara?.inForce === undefined) throw new NotFoundError(`no ${LOBBYING_DATASET} snapshot on or before ${asOf}`);
  const entities = entitiesFromStatements(await store.statementsAt(LOBBYING_DATASET, fara.inForce.asOf));
  const first = (entity: Entity | undefined, prop: string): string | null => entity?.properties[prop]?.[0] ?? null;
  const facts: RepresentationFacts[] = [];
  for (const entity of entities.values()) {
    if (entity.schema !== 'Representation') continue;
    const principal = entities.get(first(entity, 'client') ?? '');
    facts.push({
      registrationNumber: first(entity, 'recordId') ?? '',
      registrant: first(entities.get(first(entity, 'agent') ?? ''), 'name') ?? '',
      principal: first(principal, 'name') ?? '',
      country: first(principal, 'country'),
      start: first(entity, 'startDate'),
      end: first(entity, 'endDate'),
    });
  }
  return facts;
}

/** The listed parties a principal's name matches at the default threshold and that it is, by name and country (party-agreement.ts). */
function matchPrincipal({ screening, namesakes }: ListedParties, principal: PrincipalFacts): MatchView[] {
  const query = { schema: 'LegalEntity', names: [principal.name] };
  const found = matchTargets(screening, query, { limit: MATCHES_PER_PRINCIPAL, threshold: DEFAULT_THRESHOLD });
  return found.filter((m) => m.match && principalIsParty(principal, screening.targets.get(m.id)!.entity, namesakes));
}

/** Principals matched between two turns of the event loop, so a server keeps answering other requests while a FARA file is linked. */
const PRINCIPALS_PER_TURN = 50;

export async function lobbyingLinks(store: Store, request: LobbyingRequest): Promise<LobbyingLink[]> {
  const { country } = validateLobbyingRequest(request);
  const facts = (await representations(store, request.asOf)).filter((r) => country === undefined || r.country === country);
  const parties = await listedParties(store);
  const links: LobbyingLink[] = [];
  let matchedThisTurn = 0;
  for (const representation of facts) {
    const principal = { name: representation.principal, country: representation.country };
    const key = `${principal.name}\u001f${principal.country}`;
    let matches = parties.principalMatches.get(key);
    if (matches === undefined) {
      parties.principalMatches.set(key, (matches = matchPrincipal(parties, principal)));
      if (++matchedThisTurn === PRINCIPALS_PER_TURN) {
        matchedThisTurn = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    for (const m of matches) {
      links.push(linkRepresentation(representation, { entityId: m.id, caption: m.caption, score: m.score, explanation: m.explanation, listing: parties.listing.get(m.id) ?? [] }));
    }
    if (matches.length === 0 && !request.sanctionedOnly) links.push(unlinkedRepresentation(representation));
  }
  return sortLinks(links);
}
