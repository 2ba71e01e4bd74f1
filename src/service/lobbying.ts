/**
 * The lobbying use case: FARA representations (dataset us_fara, the snapshot in force) whose
 * foreign principal's name matches a party listed by a sanctions dataset, with the party's
 * listing periods from its history. Principals are matched as LegalEntity names with the
 * screening engine at the default threshold against every target each sanctions dataset has
 * ever listed (a party delisted before the latest snapshot still counts), so a principal is
 * linked on its name, never on one common word it shares with a listed name.
 */
import type { Entity } from '../model/entity.js';
import { InvalidInputError, NotFoundError } from '../model/errors.js';
import { entitiesFromStatements, SCHEMA_PROP } from '../model/statement.js';
import type { Span } from '../history/spans.js';
import { DEFAULT_THRESHOLD } from '../match/score.js';
import { namesAgree } from '../lobbying/name-agreement.js';
import { linkRepresentation, sortLinks, unlinkedRepresentation, type LobbyingLink, type RepresentationFacts } from '../lobbying/representation-linking.js';
import { countryCode } from '../sources/lib/countries.js';
import type { Store } from '../store/store.js';
import { buildScreeningIndex, checkAsOf, matchTargets, type MatchView, type ScreeningIndex } from './match.js';
import { addTargets, datasetsInForce, targetsOfSnapshot, type DatasetInForce, type ScreeningTarget } from './screening-corpus.js';

export const LOBBYING_DATASET = 'us_fara';
/** Listed parties kept per principal name. */
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
  /** Presence spans per entity id, over all its datasets. */
  readonly listing: ReadonlyMap<string, Span[]>;
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

/** Every target each dataset has ever listed, with its presence spans per id. */
async function readListedParties(store: Store, datasets: readonly DatasetInForce[]): Promise<ListedParties> {
  const targets = new Map<string, ScreeningTarget>();
  const listing = new Map<string, Span[]>();
  for (const source of datasets) {
    for (const snapshot of source.snapshots) {
      const statements = await store.statementsAt(source.dataset, snapshot.asOf);
      const found = targetsOfSnapshot(statements, { ...source, inForce: snapshot });
      addTargets(targets, found);
      const ids = new Set(found.map((t) => t.entity.id));
      for (const s of statements) if (s.prop === SCHEMA_PROP && ids.has(s.entityId)) listing.set(`${source.dataset}\u001f${s.entityId}`, [...s.spans]);
    }
  }
  const spansById = new Map<string, Span[]>();
  for (const [key, spans] of listing) {
    const id = key.split('\u001f')[1]!;
    spansById.set(id, [...(spansById.get(id) ?? []), ...spans]);
  }
  return { screening: buildScreeningIndex(targets), listing: spansById };
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

/** The listed parties a principal's name matches at the default threshold and agrees with on its distinctive words. */
function principalMatches(screening: ScreeningIndex, principal: string): MatchView[] {
  const query = { schema: 'LegalEntity', names: [principal] };
  const found = matchTargets(screening, query, { limit: MATCHES_PER_PRINCIPAL, threshold: DEFAULT_THRESHOLD });
  return found.filter((m) => m.match && screening.targets.get(m.id)!.entity.names.some((name) => namesAgree(principal, m.schema, name)));
}

export async function lobbyingLinks(store: Store, request: LobbyingRequest): Promise<LobbyingLink[]> {
  const { country } = validateLobbyingRequest(request);
  const facts = (await representations(store, request.asOf)).filter((r) => country === undefined || r.country === country);
  const { screening, listing } = await listedParties(store);
  const matchesByName = new Map<string, MatchView[]>();
  const links: LobbyingLink[] = [];
  for (const representation of facts) {
    let matches = matchesByName.get(representation.principal);
    if (matches === undefined) matchesByName.set(representation.principal, (matches = principalMatches(screening, representation.principal)));
    for (const m of matches) {
      links.push(linkRepresentation(representation, { entityId: m.id, caption: m.caption, score: m.score, explanation: m.explanation, listing: listing.get(m.id) ?? [] }));
    }
    if (matches.length === 0 && !request.sanctionedOnly) links.push(unlinkedRepresentation(representation));
  }
  return sortLinks(links);
}
