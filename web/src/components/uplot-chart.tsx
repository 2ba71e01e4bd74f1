/**
 * A uPlot chart as a Preact component: created when mounted, rebuilt when its options or data
 * change, destroyed when unmounted. The canvas is decorative for screen readers (`label`
 * describes it); each page puts the same figures in a table beside the chart.
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

export function UPlotChart(props: { options: Omit<uPlot.Options, 'width'>; data: uPlot.AlignedData; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const width = Math.max(320, element.clientWidth);
    const chart = new uPlot({ ...props.options, width }, props.data, element);
    return () => chart.destroy();
  }, [props.options, props.data]);
  return <div class="chart" ref={container} role="img" aria-label={props.label} />;
}

/** Dates `YYYY-MM-DD` or `YYYY-MM` as uPlot's x values (seconds since the epoch, UTC). */
export function dateSeconds(date: string): number {
  const [year = '1970', month = '01', day = '01'] = date.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 1000;
}

export const EVENT_COLOURS = {
  designated: '#b3261e',
  delisted: '#1f7a3a',
  relisted: '#8a4b00',
  amended: '#3558a8',
} as const;
