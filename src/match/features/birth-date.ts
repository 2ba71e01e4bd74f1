/**
 * Birth dates as evidence. Lists give full dates, months or years, often several per person
 * ("DOB 1952; alt. DOB 1953"); a query may be as vague. Agreement at the precision both give
 * supports a match a little; a different year is strong evidence of a different person, a
 * different day in the same year weaker (lists and customer files both carry typos).
 */
import { FEATURES, featureTerm, type FeatureTerm } from './catalog.js';

function agreeAtCommonPrecision(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length, 10);
  for (let k = 0; k < length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The smallest gap between a year of `query` and one of `listed` (NaN when a year is not a number). */
function closestYearGap(query: readonly string[], listed: readonly string[]): number {
  let closest = Infinity;
  for (const q of query) {
    for (const l of listed) {
      const gap = Math.abs(yearOf(q) - yearOf(l));
      if (Number.isNaN(gap)) return NaN;
      closest = Math.min(closest, gap);
    }
  }
  return closest;
}

export function compareBirthDates(query: readonly string[], listed: readonly string[]): FeatureTerm | null {
  if (query.length === 0 || listed.length === 0) return null;
  for (const q of query) {
    const agreeing = listed.find((l) => agreeAtCommonPrecision(q, l));
    if (agreeing !== undefined) return featureTerm(FEATURES.birthDateMatch, 1, () => `${q} agrees with ${agreeing}`);
  }
  const gap = closestYearGap(query, listed);
  const detail = () => `${query.join(', ')} vs listed ${listed.join(', ')}`;
  if (gap === 0) return featureTerm(FEATURES.birthDayMismatch, 1, detail);
  // A year apart is a common transcription slip; it counts half.
  return featureTerm(FEATURES.birthYearMismatch, gap === 1 ? 0.5 : 1, detail);
}
