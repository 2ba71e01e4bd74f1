/**
 * Counts of events per month as stacked bars (designated at the bottom, then delisted,
 * relisted, amended), drawn with uPlot; the same counts are in a table under a disclosure.
 * uPlot draws series in order, so the tallest stack (the month's total) is drawn first and
 * each lower part over it.
 */
import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import type { EventType, MonthCounts } from '../api.js';
import { EVENT_COLOURS, UPlotChart } from './uplot-chart.js';

const STACK: readonly EventType[] = ['designated', 'delisted', 'relisted', 'amended'];

function stackedData(months: readonly MonthCounts[]): uPlot.AlignedData {
  const running = months.map(() => 0);
  const cumulative = STACK.map((type) => months.map((m, i) => (running[i]! += m[type])));
  return [months.map((_, i) => i), ...cumulative.reverse()];
}

// At most this many month labels under the bars, so they never overlap.
const MAX_LABELS = 12;

function monthOptions(months: readonly MonthCounts[]): Omit<uPlot.Options, 'width'> {
  const bars = uPlot.paths.bars!({ size: [0.7, 48] });
  const drawOrder = [...STACK].reverse();
  const labelStep = Math.ceil(months.length / MAX_LABELS);
  return {
    height: 240,
    legend: { live: false },
    cursor: { points: { show: false } },
    scales: { x: { time: false, range: [-0.5, months.length - 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
    axes: [{ splits: () => months.map((_, i) => i).filter((i) => i % labelStep === 0), values: (_u, splits) => splits.map((s) => months[s]?.month ?? '') }, {}],
    series: [
      { label: 'month', value: (_u, i) => (i === null ? '' : (months[i]?.month ?? '')) },
      ...drawOrder.map((type) => ({
        label: type,
        fill: EVENT_COLOURS[type],
        stroke: EVENT_COLOURS[type],
        paths: bars,
        points: { show: false },
        // The legend shows this type's own count, not the stacked height.
        value: (_u: uPlot, _v: number | null, _s: number, i: number | null) => (i === null ? '' : String(months[i]?.[type] ?? '')),
      })),
    ],
  };
}

export function MonthChart(props: { months: readonly MonthCounts[] }) {
  const { months } = props;
  const data = useMemo(() => stackedData(months), [months]);
  const options = useMemo(() => monthOptions(months), [months]);
  if (months.length === 0) return null;
  return (
    <figure class="month-chart">
      <UPlotChart options={options} data={data} label={`Events per month, ${months[0]!.month} to ${months.at(-1)!.month}`} />
      <details>
        <summary>Counts per month</summary>
        <table class="data">
          <thead>
            <tr>
              <th scope="col">Month</th>
              {STACK.map((type) => (
                <th key={type} scope="col" class="num">
                  {type}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <td>{m.month}</td>
                {STACK.map((type) => (
                  <td key={type} class="num">
                    {m[type]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
