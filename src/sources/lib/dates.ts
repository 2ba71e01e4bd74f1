/**
 * Date forms found in official lists, turned into FtM ISO-prefix dates ("1952", "1952-11",
 * "1952-11-11"). Each function returns undefined for text it does not recognise, so callers
 * decide whether that is an error (a date field) or free text to keep (a remark).
 */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(year: number, month?: number, day?: number): string | undefined {
  if (year < 1000 || year > 2999) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "11 Nov 1952", "Nov 1952", "1952" (OFAC remarks style). */
export function parseDayMonthNameYear(text: string): string | undefined {
  const match = /^(?:(\d{1,2})\s+)?(?:([A-Za-z]{3,9})\.?\s+)?(\d{4})$/.exec(text.trim());
  if (match === null) return undefined;
  const [, day, monthName, year] = match;
  const month = monthName === undefined ? undefined : MONTHS[monthName.slice(0, 3).toLowerCase()];
  if (monthName !== undefined && month === undefined) return undefined;
  if (day !== undefined && month === undefined) return undefined;
  return isoDate(Number(year), month, day === undefined ? undefined : Number(day));
}

/** "27/04/2020" (UK); "00" for an unknown day or month gives a shorter prefix: "00/04/1960" -> "1960-04". */
export function parseDayMonthYearNumeric(text: string): string | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (match === null) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month === 0) return day === 0 ? isoDate(year) : undefined;
  return isoDate(year, month, day === 0 ? undefined : day);
}

/** "04/27/2020" (FARA, US order). */
export function parseMonthDayYearNumeric(text: string): string | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (match === null) return undefined;
  return isoDate(Number(match[3]), Number(match[1]), Number(match[2]));
}

/** ISO dates and timestamps ("2020-03-20", "2020-03-20T19:09:21.822-04:00") cut to the day. */
export function parseIsoDate(text: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (match === null) return undefined;
  return isoDate(Number(match[1]), match[2] === undefined ? undefined : Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
}

/** True for a complete calendar date YYYY-MM-DD (used to check --as-of arguments). */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && parseIsoDate(text) === text;
}
