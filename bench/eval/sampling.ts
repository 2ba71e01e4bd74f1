/**
 * Deterministic sampling for the pair builder: a seeded PRNG (mulberry32), a shuffle, and a
 * draw that caps how many pairs one blocking key may give (so "MUHAMMAD" does not fill the
 * same-first-name quota alone).
 */

export type Random = () => number;

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher-Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * Up to `count` items in random order, at most `perGroup` from one group, skipping items
 * `isTaken` rejects (already chosen under another kind).
 */
export function draw<T>(items: readonly T[], options: { count: number; random: Random; group?: (item: T) => string; perGroup?: number; isTaken?: (item: T) => boolean }): T[] {
  const taken: T[] = [];
  const perGroup = new Map<string, number>();
  for (const item of shuffled(items, options.random)) {
    if (taken.length >= options.count) break;
    if (options.isTaken?.(item)) continue;
    const group = options.group?.(item);
    if (group !== undefined && (perGroup.get(group) ?? 0) >= (options.perGroup ?? Infinity)) continue;
    if (group !== undefined) perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
    taken.push(item);
  }
  return taken;
}

/** Items grouped by a key, groups in key order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
