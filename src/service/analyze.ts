/**
 * Article analysis: the people and organisations an article mentions, each linked to the
 * listed party it names (when the screening index scores one as a match) with that party's
 * status on the article's date — listed (and under which programmes), delisted, not yet
 * listed, or never listed — and the sanction events the article reports.
 * Input: the article's plain text and its date (YYYY-MM-DD).
 */
import { SCHEMA_PROP } from '../model/statement.js';
import { spanCovers } from '../history/spans.js';
import { analyzeText } from '../news/analyze-text.js';
import type { EventKind } from '../news/events.js';
import type { Mention } from '../news/mentions.js';
import { InvalidInputError } from '../model/errors.js';
import type { StatementRecord, Store } from '../store/store.js';
import { buildScreeningIndex, checkAsOf, type ScreeningIndex } from './match.js';
import { addTargets, datasetsInForce, loadScreeningCorpus, type ScreeningTarget } from './screening-corpus.js';

export type ListingStatus = 'listed' | 'delisted' | 'not yet listed' | 'never listed';

export interface MentionView {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'Person' | 'Organization';
  readonly name: string;
  readonly entity_id: string | null;
  readonly caption: string | null;
  readonly status: ListingStatus;
  readonly programs: readonly string[];
  readonly score: number | null;
}

export interface EventView {
  readonly kind: EventKind;
  readonly target: string | null;
  readonly entity_id: string | null;
  readonly sentence: string;
}

export interface ArticleAnalysis {
  readonly mentions: readonly MentionView[];
  readonly events: readonly EventView[];
}

interface Link {
  readonly id: string | null;
  readonly caption: string | null;
  readonly score: number | null;
  readonly status: ListingStatus;
  readonly programs: readonly string[];
}

/**
 * An article gives a bare name, no birth date or country, so a link needs a closer name match
 * than screening's default: at 0.88 KUSIUK, Sergey took Sergey Kislyak; TORSHIN, Alexander
 * Porfiryevich scores 0.90 for Alexander Torshin.
 */
const LINK_THRESHOLD = 0.89;

const UNLINKED: Link = { id: null, caption: null, score: null, status: 'never listed', programs: [] };

export async function analyzeArticle(store: Store, screening: ScreeningIndex, article: { text: string; date: string }): Promise<ArticleAnalysis> {
  checkAsOf('--date', article.date);
  const analysis = analyzeText(article.text);
  const statuses = new ListingStatuses(store, article.date);
  const links = new Map<string, Link>();
  for (const mention of analysis.mentions) {
    const key = `${mention.kind}\u0000${mention.name}`;
    if (!links.has(key)) links.set(key, await linkOf(screening, mention, statuses));
  }
  const linkFor = (m: Mention) => links.get(`${m.kind}\u0000${m.name}`)!;
  const mentions = analysis.mentions.map((m) => {
    const link = linkFor(m);
    return { text: m.text, start: m.start, end: m.end, kind: m.kind, name: m.name, entity_id: link.id, caption: link.caption, status: link.status, programs: link.programs, score: link.score };
  });
  const events = analysis.events.map((e) => ({ kind: e.kind, target: e.target?.name ?? null, entity_id: e.target === null ? null : linkFor(e.target).id, sentence: e.sentence.text }));
  return { mentions, events };
}

/** Articles longer than this are refused (a book is not an article). */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** Checks the date (default: `today`) and the text, before any store is read. */
export function validateArticle(article: { text: string; date?: string }, today: string): { text: string; date: string } {
  const date = article.date ?? today;
  checkAsOf('date', date);
  if (article.text.trim() === '') throw new InvalidInputError('the article has no text');
  if (article.text.length > MAX_ARTICLE_CHARS) throw new InvalidInputError(`the article has ${article.text.length} characters; at most ${MAX_ARTICLE_CHARS} are analysed`);
  return { text: article.text, date };
}

/**
 * The parties an article of `date` can name: the latest snapshots' and those in force on the
 * date (so a party delisted since is still found, and its status told from its spans).
 */
export async function articleScreeningIndex(store: Store, date: string): Promise<ScreeningIndex> {
  const targets = new Map<string, ScreeningTarget>((await loadScreeningCorpus(store)).targets);
  const inForceThen = (await datasetsInForce(store, { asOf: date })).some((d) => d.inForce !== undefined);
  if (inForceThen) addTargets(targets, (await loadScreeningCorpus(store, { asOf: date })).targets.values());
  return buildScreeningIndex(targets);
}

async function linkOf(screening: ScreeningIndex, mention: Mention, statuses: ListingStatuses): Promise<Link> {
  // An organisation's name is matched against organisations and companies only, never a person.
  const schema = mention.kind === 'Person' ? 'Person' : 'Organization';
  const best = screening.index.match({ schema, names: [mention.name] }, { limit: 1, threshold: LINK_THRESHOLD })[0];
  if (best === undefined || !best.match) return UNLINKED;
  const { status, programs } = await statuses.of(best.entity.id);
  return { id: best.entity.id, caption: best.entity.caption, score: best.score, status, programs };
}

/**
 * Parties' status on one date, each party and each dataset's snapshot dates read once: an
 * article names the same party in several ways (Kislyak, Kisylak) and most parties come from
 * the same few datasets.
 */
class ListingStatuses {
  private readonly byEntity = new Map<string, Promise<{ status: ListingStatus; programs: string[] }>>();
  private readonly snapshotDates = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly store: Store,
    private readonly date: string,
  ) {}

  of(entityId: string): Promise<{ status: ListingStatus; programs: string[] }> {
    let status = this.byEntity.get(entityId);
    if (status === undefined) this.byEntity.set(entityId, (status = this.read(entityId)));
    return status;
  }

  /** The date of the dataset's snapshot in force on the date, if any. */
  private snapshotInForce(dataset: string): Promise<string | undefined> {
    let asOf = this.snapshotDates.get(dataset);
    if (asOf === undefined) this.snapshotDates.set(dataset, (asOf = this.store.listSnapshots(dataset).then((all) => all.filter((s) => s.asOf <= this.date).at(-1)?.asOf)));
    return asOf;
  }

  /** Listed when present in a dataset's snapshot in force on the date; delisted when seen before and not then. */
  private async read(entityId: string): Promise<{ status: ListingStatus; programs: string[] }> {
    const presence = (await this.store.statementsOfEntity(entityId)).filter((s) => s.prop === SCHEMA_PROP);
    const inForce: { dataset: string; asOf: string }[] = [];
    for (const dataset of new Set(presence.map((s) => s.dataset))) {
      const asOf = await this.snapshotInForce(dataset);
      if (asOf !== undefined && presence.some((s) => s.dataset === dataset && s.spans.some((span) => spanCovers(span, asOf)))) inForce.push({ dataset, asOf });
    }
    if (inForce.length > 0) return { status: 'listed', programs: programsOf(entityId, await this.store.statementsReferencing(entityId), inForce) };
    const seenBefore = presence.some((s) => s.spans[0]!.firstSeen <= this.date);
    return { status: seenBefore ? 'delisted' : 'not yet listed', programs: [] };
  }
}

/** Programmes of the sanctions naming the party in the snapshots in force. */
function programsOf(partyId: string, referring: readonly StatementRecord[], inForce: readonly { dataset: string; asOf: string }[]): string[] {
  const seen = referring.filter((s) => inForce.some((f) => f.dataset === s.dataset && s.spans.some((span) => spanCovers(span, f.asOf))));
  const sanctions = new Set(seen.filter((s) => s.prop === 'entity' && s.value === partyId).map((s) => s.entityId));
  return [...new Set(seen.filter((s) => s.prop === 'program' && sanctions.has(s.entityId)).map((s) => s.value))].sort();
}
