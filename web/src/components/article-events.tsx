/**
 * The sanction events an article reports (imposed, lifted, delayed, lobbying), each with a
 * kind badge spelled out in words, its target — linked to the entity when it is a listed
 * party — and the sentence it was read from.
 */
import type { ArticleEvent } from '../api.js';
import { routeHref } from '../router.js';

function EventTarget(props: { event: ArticleEvent }) {
  const { event } = props;
  const name = event.target ?? 'no named target';
  if (event.entity_id === null) return <span class="event-target">{name}</span>;
  return (
    <a class="event-target" href={routeHref('entity', { arg: event.entity_id })}>
      {name}
    </a>
  );
}

export function ArticleEvents(props: { events: readonly ArticleEvent[] }) {
  if (props.events.length === 0) return <p class="muted">No sanction events reported in this article.</p>;
  return (
    <ol class="article-events">
      {props.events.map((event, i) => (
        <li key={i}>
          <span class={`event article-event-${event.kind}`}>{event.kind}</span> <EventTarget event={event} />
          <blockquote>{event.sentence}</blockquote>
        </li>
      ))}
    </ol>
  );
}
