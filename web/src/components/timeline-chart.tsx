/**
 * An entity's sanction timeline, one lane per list (dataset): a bar for each stretch of
 * snapshots in which the entity was on that list (the spans of its `$schema` statement), and
 * a mark per event (designated, amended, delisted, relisted), drawn with uPlot. The same facts
 * are in a table, which is what screen readers and keyboards use. A list's first snapshot
 * states no designation date unless the source gives one, so an entity present from the first
 * load may have a bar without a designation mark.
 */
import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import type { EntityHistory, EventType } from '../api.js';
import { EventBadge } from './badges.js';
import { dateSeconds, EVENT_COLOURS, UPlotChart } from './uplot-chart.js';
import { TableHead } from './table-head.js';

// A stretch of a single snapshot has no length: its points are what shows it.
const TYPES: readonly EventType[] = ['designated', 'amended', 'delisted', 'relisted'];
const DAY_SECONDS = 86_400;

export interface Presence {
  readonly dataset: string;
  readonly spans: readonly { first_seen: string; last_seen: string }[];
}

export function presenceOf(history: EntityHistory): Presence[] {
  return history.values.filter((v) => v.prop === '$schema').map((v) => ({ dataset: v.dataset, spans: v.spans }));
}

function timelineData(history: EntityHistory, presence: readonly Presence[], lanes: readonly string[]): uPlot.AlignedData {
  const spanDates = presence.flatMap((p) => p.spans.flatMap((s) => [dateSeconds(s.first_seen), dateSeconds(s.last_seen), dateSeconds(s.last_seen) + DAY_SECONDS]));
  const xs = [...new Set([...spanDates, ...history.events.map((e) => dateSeconds(e.date))])].sort((a, b) => a - b);
  // Each span is a level line at its lane's height; null elsewhere breaks it between spans.
  const bars = presence.map((p) => xs.map((x) => (p.spans.some((s) => x >= dateSeconds(s.first_seen) && x <= dateSeconds(s.last_seen)) ? lanes.indexOf(p.dataset) : null)));
  const marks = TYPES.map(() => xs.map((): number | null => null));
  for (const event of history.events) marks[TYPES.indexOf(event.type)]![xs.indexOf(dateSeconds(event.date))] = lanes.indexOf(event.dataset);
  return [xs, ...bars, ...marks];
}

function timelineOptions(presence: readonly Presence[], lanes: readonly string[]): Omit<uPlot.Options, 'width'> {
  return {
    height: 90 + 40 * lanes.length,
    legend: { show: true, live: false },
    cursor: { show: false },
    scales: {
      x: { time: true, range: (_u, min, max) => [min - 180 * DAY_SECONDS, max + 180 * DAY_SECONDS] },
      y: { auto: false, range: [-0.6, lanes.length - 0.4] },
    },
    axes: [{}, { splits: () => lanes.map((_, i) => i), values: (_u, splits) => splits.map((s) => lanes[s] ?? ''), size: 130 }],
    series: [
      {},
      ...presence.map((p) => ({ label: `on ${p.dataset}`, stroke: '#94a3b8', width: 10, points: { show: true, size: 10, fill: '#94a3b8' } })),
      ...TYPES.map((type) => ({ label: type, stroke: EVENT_COLOURS[type], fill: EVENT_COLOURS[type], paths: () => null, points: { show: true, size: 14, width: 2, fill: EVENT_COLOURS[type] } })),
    ],
  };
}

export function TimelineChart(props: { history: EntityHistory }) {
  const { history } = props;
  const presence = useMemo(() => presenceOf(history), [history]);
  const lanes = useMemo(() => [...new Set([...presence.map((p) => p.dataset), ...history.events.map((e) => e.dataset)])].sort(), [history, presence]);
  const data = useMemo(() => timelineData(history, presence, lanes), [history, presence, lanes]);
  const options = useMemo(() => timelineOptions(presence, lanes), [presence, lanes]);
  if (lanes.length === 0) return <p>Nothing on record.</p>;
  return (
    <>
      <UPlotChart options={options} data={data} label={`Timeline on ${lanes.join(', ')}: ${history.events.length} events`} />
      <table class="data events">
        <caption class="visually-hidden">Presence on lists and events</caption>
        <TableHead columns={['Date', 'Event', 'List', 'Changed']} />
        <tbody>
          {presence.flatMap((p) =>
            p.spans.map((span) => (
              <tr key={`${p.dataset}-${span.first_seen}`} class="presence">
                <td>
                  {span.first_seen} – {span.last_seen}
                </td>
                <td>on the list</td>
                <td>{p.dataset}</td>
                <td class="muted">in every snapshot loaded from {span.first_seen} to {span.last_seen}</td>
              </tr>
            )),
          )}
          {history.events.map((event) => (
            <tr key={`${event.dataset}-${event.date}-${event.type}`}>
              <td>{event.date}</td>
              <td>
                <EventBadge type={event.type} />
              </td>
              <td>{event.dataset}</td>
              <td>{event.changed.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
