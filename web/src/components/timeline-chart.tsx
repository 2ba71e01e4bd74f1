/**
 * An entity's sanction timeline: one lane per list (dataset), a mark per event on a time axis,
 * one colour per event type (designated, amended, delisted, relisted), drawn with uPlot; the
 * events are also listed in a table, which is what screen readers and keyboards use.
 */
import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import type { EventType, SanctionEvent } from '../api.js';
import { EventBadge } from './badges.js';
import { dateSeconds, EVENT_COLOURS, UPlotChart } from './uplot-chart.js';

const TYPES: readonly EventType[] = ['designated', 'amended', 'delisted', 'relisted'];
const DAY_SECONDS = 86_400;

function timelineData(events: readonly SanctionEvent[], lanes: readonly string[]): uPlot.AlignedData {
  const xs = [...new Set(events.map((e) => dateSeconds(e.date)))].sort((a, b) => a - b);
  const series = TYPES.map(() => xs.map((): number | null => null));
  for (const event of events) {
    series[TYPES.indexOf(event.type)]![xs.indexOf(dateSeconds(event.date))] = lanes.indexOf(event.dataset);
  }
  return [xs, ...series];
}

function timelineOptions(lanes: readonly string[]): Omit<uPlot.Options, 'width'> {
  return {
    height: 70 + 36 * lanes.length,
    legend: { show: true, live: false },
    cursor: { show: false },
    scales: {
      x: { time: true, range: (_u, min, max) => [min - 180 * DAY_SECONDS, max + 180 * DAY_SECONDS] },
      y: { auto: false, range: [-0.6, lanes.length - 0.4] },
    },
    axes: [
      {},
      { splits: () => lanes.map((_, i) => i), values: (_u, splits) => splits.map((s) => lanes[s] ?? ''), size: 130, grid: { show: true } },
    ],
    series: [
      {},
      ...TYPES.map((type) => ({
        label: type,
        stroke: EVENT_COLOURS[type],
        fill: EVENT_COLOURS[type],
        paths: () => null,
        points: { show: true, size: 12, width: 2, fill: EVENT_COLOURS[type] },
      })),
    ],
  };
}

export function TimelineChart(props: { events: readonly SanctionEvent[] }) {
  const { events } = props;
  const lanes = useMemo(() => [...new Set(events.map((e) => e.dataset))].sort(), [events]);
  const data = useMemo(() => timelineData(events, lanes), [events, lanes]);
  const options = useMemo(() => timelineOptions(lanes), [lanes]);
  if (events.length === 0) return <p>No events on record.</p>;
  return (
    <>
      <UPlotChart options={options} data={data} label={`Timeline of ${events.length} events on ${lanes.join(', ')}`} />
      <table class="data events">
        <caption class="visually-hidden">Events</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">List</th>
            <th scope="col">Changed</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
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
