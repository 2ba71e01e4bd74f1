/**
 * An inverted index from lookup keys (romanization keys, phonetic codes, consonant skeletons)
 * to the entities whose names contain them, with each key's document frequency. Entities are
 * numbered; each posting list holds an entity once, in ascending order.
 */
export class KeyPostings {
  private readonly lists = new Map<string, number[]>();

  add(key: string, entity: number): void {
    let list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, (list = []));
    // Entities are added in ascending order, so a duplicate can only be the last element.
    if (list[list.length - 1] !== entity) list.push(entity);
  }

  get(key: string): readonly number[] | undefined {
    return this.lists.get(key);
  }

  frequency(key: string): number {
    return this.lists.get(key)?.length ?? 0;
  }

  get keyCount(): number {
    return this.lists.size;
  }
}
