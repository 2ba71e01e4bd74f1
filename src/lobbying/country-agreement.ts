/**
 * Whether a FARA principal's country and a listed party's countries (FtM codes) can be the
 * same party's. FARA states the country a principal stood for when it registered, lists state
 * today's countries, so a dissolved state agrees with its successors (a "Soviet Union"
 * principal with a Russian company) and a region with its country (ua-cri with ua).
 */
export type CountryAgreement = 'agree' | 'disagree' | 'unknown';

const SUCCESSORS: Readonly<Record<string, readonly string[]>> = {
  suhh: ['am', 'az', 'by', 'ee', 'ge', 'kg', 'kz', 'lt', 'lv', 'md', 'ru', 'tj', 'tm', 'ua', 'uz'],
  yucs: ['ba', 'hr', 'me', 'mk', 'rs', 'si', 'xk'],
  csxx: ['me', 'rs', 'xk'],
  cshh: ['cz', 'sk'],
  ddde: ['de'],
};

/** The country a code stands for today: itself, its successors, or the country of a region code. */
function presentCountries(code: string): string[] {
  const country = code.split('-')[0]!;
  return [country, ...(SUCCESSORS[country] ?? [])];
}

export function countriesAgree(principal: string | null, listed: readonly string[]): CountryAgreement {
  if (principal === null || listed.length === 0) return 'unknown';
  const wanted = new Set(presentCountries(principal));
  return listed.some((code) => presentCountries(code).some((c) => wanted.has(c))) ? 'agree' : 'disagree';
}
