/**
 * Deterministic sampling for the pair builder: a seeded PRNG (mulberry32), a shuffle, an order
 * fixed per item by a hash of its key, and a draw in that order that caps how many pairs one
 * blocking key may give (so "MUHAMMAD" does not fill the same-first-name quota alone).
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

/** FNV-1a, 32 bits: a stable number for a string. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The items in an order fixed by each item's own key and the seed, not by the other items: a
 * change to some items (a label rule) moves only those in a draw, not the whole sample.
 */
export function hashOrdered<T>(items: readonly T[], key: (item: T) => string, seed: number): T[] {
  const ranked = items.map((item) => ({ item, rank: hash32(`${seed}\u0000${key(item)}`) }));
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.item);
}

/**
 * Up to `count` items with distinct keys in hashOrdered order, at most `perGroup` from one
 * group, skipping items `isTaken` rejects (already chosen under another kind).
 */
export function draw<T>(items: readonly T[], options: { count: number; key: (item: T) => string; seed: number; group?: (item: T) => string; perGroup?: number; isTaken?: (item: T) => boolean }): T[] {
  const taken: T[] = [];
  const keys = new Set<string>();
  const perGroup = new Map<string, number>();
  for (const item of hashOrdered(items, options.key, options.seed)) {
    if (taken.length >= options.count) break;
    // Equal keys (one name pair of a party on two lists) rank together: the first one counts.
    if (options.isTaken?.(item) || keys.has(options.key(item))) continue;
    keys.add(options.key(item));
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
