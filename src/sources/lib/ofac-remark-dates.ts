/**
 * Dates as OFAC writes them in the Remarks field of its CSV files: "20 Aug 1952",
 * "Nov 1952", "1960", "circa 1960", "circa Mar 1960", "1960 to 1962",
 * "01 Jan 1959 to 31 Dec 1961", "01 Mar 1965 to 31 Mar 1965" (a range is how OFAC says
 * "born some time between").
 */
import { parseDayMonthNameYear } from './dates.js';

export interface RemarkDate {
  /** FtM ISO-prefix dates; a range of whole years yields every year in it. */
  readonly dates: readonly string[];
  /** False for "circa" and ranges: the FtM values then lose precision the text had. */
  readonly isExact: boolean;
}

// A range wider than this is kept as its two ends rather than spelled out year by year.
const MAX_SPELLED_OUT_YEARS = 20;

export function parseRemarkDate(text: string): RemarkDate | undefined {
  const circa = /^circa\s+(.+)$/i.exec(text.trim());
  if (circa !== null) {
    const date = parseDayMonthNameYear(circa[1]!);
    return date === undefined ? undefined : { dates: [date], isExact: false };
  }
  const range = /^(.+?)\s+to\s+(.+)$/.exec(text.trim());
  if (range !== null) {
    const from = parseDayMonthNameYear(range[1]!);
    const to = parseDayMonthNameYear(range[2]!);
    if (from === undefined || to === undefined || to < from) return undefined;
    return { dates: expandRange(from, to), isExact: false };
  }
  const date = parseDayMonthNameYear(text);
  return date === undefined ? undefined : { dates: [date], isExact: true };
}

function expandRange(from: string, to: string): string[] {
  const month = wholeMonth(from, to);
  if (month !== undefined) return [month];
  const fromYear = wholeYear(from, '-01-01');
  const toYear = wholeYear(to, '-12-31');
  if (fromYear === undefined || toYear === undefined || toYear - fromYear > MAX_SPELLED_OUT_YEARS) return [from, to];
  const years: string[] = [];
  for (let year = fromYear; year <= toYear; year++) years.push(String(year));
  return years;
}

/** "1965-03" for the range "01 Mar 1965 to 31 Mar 1965". */
function wholeMonth(from: string, to: string): string | undefined {
  if (from.length !== 10 || to.length !== 10 || from.slice(0, 7) !== to.slice(0, 7) || !from.endsWith('-01')) return undefined;
  const lastDay = new Date(Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)), 0)).getUTCDate();
  return Number(to.slice(8)) === lastDay ? from.slice(0, 7) : undefined;
}

/** The year of "1960", or of "1960-01-01"/"1960-12-31" when that is the range's open/close day. */
function wholeYear(date: string, boundary: string): number | undefined {
  const year = Number(date.slice(0, 4));
  return date.length === 4 || date.slice(4) === boundary ? year : undefined;
}
