/**
 * Finds the indexed vocabulary keys within a small edit distance of a query key, for typos
 * ("derpaska" for "deripaska"). Symmetric deletion neighbourhoods (the SymSpell idea): every
 * key of MIN_KEY_LENGTH or more is filed under itself and each form with one letter deleted;
 * a query key looks up itself and its own one-letter deletions, which finds every key at
 * one substitution, insertion, deletion or adjacent transposition (and some at two).
 */
const MIN_KEY_LENGTH = 5;

function deletions(key: string): string[] {
  const forms: string[] = [];
  for (let i = 0; i < key.length; i++) forms.push(key.slice(0, i) + key.slice(i + 1));
  return forms;
}

export class TypoNeighbours {
  private readonly byForm = new Map<string, string[]>();
  private readonly known = new Set<string>();

  add(key: string): void {
    if (key.length < MIN_KEY_LENGTH || this.known.has(key)) return;
    this.known.add(key);
    for (const form of [key, ...deletions(key)]) {
      const keys = this.byForm.get(form);
      if (keys === undefined) this.byForm.set(form, [key]);
      else keys.push(key);
    }
  }

  /** Vocabulary keys near `key`, without `key` itself. */
  near(key: string): string[] {
    if (key.length < MIN_KEY_LENGTH) return [];
    const found = new Set<string>();
    for (const form of [key, ...deletions(key)]) {
      for (const candidate of this.byForm.get(form) ?? []) if (candidate !== key) found.add(candidate);
    }
    return [...found];
  }
}
