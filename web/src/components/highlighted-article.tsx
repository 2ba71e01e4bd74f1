/**
 * The analysed article with each mention marked: `<mark class="mention mention-<status>">` from
 * the mention's start/end offsets (UTF-16, as the API counts them) into the exact text sent,
 * built as text nodes so nothing of the article is ever parsed as HTML. A mention linked to a
 * listed party links to its entity page; its name, status and programmes are in the title and
 * in hidden text for screen readers. A legend spells out the colours.
 */
import type { ArticleMention, MentionStatus } from '../api.js';
import { routeHref } from '../router.js';

const STATUSES: readonly MentionStatus[] = ['listed', 'delisted', 'not yet listed', 'never listed'];

const statusClass = (status: MentionStatus) => `mention mention-${status.replace(/ /g, '-')}`;

type Piece = { text: string } | { text: string; mention: ArticleMention };

/** Plain and marked pieces in text order; mentions out of range or overlapping an earlier one are left unmarked. */
export function articlePieces(text: string, mentions: readonly ArticleMention[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (mention.start < at || mention.end <= mention.start || mention.end > text.length) continue;
    if (mention.start > at) pieces.push({ text: text.slice(at, mention.start) });
    pieces.push({ text: text.slice(mention.start, mention.end), mention });
    at = mention.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

function describe(mention: ArticleMention): string {
  const programmes = mention.programs.length > 0 ? `, programmes ${mention.programs.join(', ')}` : '';
  return `${mention.caption ?? mention.name}: ${mention.status}${programmes}`;
}

function MentionMark(props: { text: string; mention: ArticleMention }) {
  const { mention } = props;
  const label = describe(mention);
  const mark = (
    <mark class={statusClass(mention.status)} title={label}>
      {props.text}
      <span class="visually-hidden"> ({label})</span>
    </mark>
  );
  if (mention.entity_id === null) return mark;
  return <a href={routeHref('entity', { arg: mention.entity_id })}>{mark}</a>;
}

export function HighlightedArticle(props: { text: string; mentions: readonly ArticleMention[] }) {
  return (
    <>
      <ul class="legend" aria-label="Highlight colours">
        {STATUSES.map((status) => (
          <li key={status}>
            <mark class={statusClass(status)}>{status}</mark>
          </li>
        ))}
      </ul>
      <div class="article-text">
        {articlePieces(props.text, props.mentions).map((piece, i) => ('mention' in piece ? <MentionMark key={i} text={piece.text} mention={piece.mention} /> : piece.text))}
      </div>
    </>
  );
}
