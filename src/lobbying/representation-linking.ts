/**
 * Linking lobbying representations to listed parties, as pure data: a representation (FARA
 * registration number, registrant, principal, country, start and end dates), the listed
 * parties its principal's name matched (score, explanation) and each party's listing periods
 * (presence spans in its dataset) give one link per representation and matched party, with
 * the listing's first and last dates and whether it overlapped the representation. A
 * representation whose principal matched no one is one row with the party's fields null.
 */
import type { Span } from '../history/spans.js';
import type { FeatureResult } from '../match/types.js';

export interface RepresentationFacts {
  readonly registrationNumber: string;
  readonly registrant: string;
  readonly principal: string;
  /** FtM country code of the country represented, null when the filing states none we know. */
  readonly country: string | null;
  readonly start: string | null;
  readonly end: string | null;
}

export interface PrincipalMatch {
  readonly entityId: string;
  readonly caption: string;
  readonly score: number;
  readonly explanation: readonly FeatureResult[];
  /** Runs of snapshots the party was present in, over all its datasets. */
  readonly listing: readonly Span[];
}

export interface LobbyingLink {
  readonly registration_number: string;
  readonly registrant: string;
  readonly principal: string;
  readonly country: string | null;
  readonly start: string | null;
  readonly end: string | null;
  /** The matched listed party; null (and no listing) when the principal matched none. */
  readonly entity_id: string | null;
  readonly caption: string | null;
  readonly score: number | null;
  readonly explanation: readonly FeatureResult[];
  /** First snapshot date listing the party. */
  readonly listed_from: string | null;
  /** Last snapshot date listing it; null while it is listed in the latest snapshot. */
  readonly listed_to: string | null;
  readonly listed_during_representation: boolean;
}

/**
 * Whether some listing span meets the representation's period. An open end is "still
 * running"; a start after the end (some FARA filings) is read as the period between them.
 */
export function listedDuring(listing: readonly Span[], start: string | null, end: string | null): boolean {
  const [from, to] = start !== null && end !== null && end < start ? [end, start] : [start, end];
  return listing.some((span) => (to === null || span.firstSeen <= to) && (from === null || span.lastSeen === null || span.lastSeen >= from));
}

function representationFields(representation: RepresentationFacts) {
  return {
    registration_number: representation.registrationNumber,
    registrant: representation.registrant,
    principal: representation.principal,
    country: representation.country,
    start: representation.start,
    end: representation.end,
  };
}

export function unlinkedRepresentation(representation: RepresentationFacts): LobbyingLink {
  const party = { entity_id: null, caption: null, score: null, explanation: [], listed_from: null, listed_to: null };
  return { ...representationFields(representation), ...party, listed_during_representation: false };
}

export function linkRepresentation(representation: RepresentationFacts, match: PrincipalMatch): LobbyingLink {
  const spans = [...match.listing].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen));
  const open = spans.some((s) => s.lastSeen === null);
  const lastSeen = spans.map((s) => s.lastSeen ?? '').sort().at(-1) ?? null;
  return {
    ...representationFields(representation),
    entity_id: match.entityId,
    caption: match.caption,
    score: match.score,
    explanation: match.explanation,
    listed_from: spans[0]?.firstSeen ?? null,
    listed_to: open ? null : lastSeen,
    listed_during_representation: listedDuring(spans, representation.start, representation.end),
  };
}

/** Links in a stable order: by principal, registration number, start date, then score (best first). */
export function sortLinks(links: LobbyingLink[]): LobbyingLink[] {
  return links.sort(
    (a, b) =>
      a.principal.localeCompare(b.principal) ||
      Number(a.registration_number) - Number(b.registration_number) ||
      (a.start ?? '').localeCompare(b.start ?? '') ||
      (b.score ?? 0) - (a.score ?? 0),
  );
}
