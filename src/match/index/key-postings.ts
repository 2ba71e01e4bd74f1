/**
 * An inverted index from lookup keys (romanization keys, phonetic codes, consonant skeletons)
 * to the names that contain them. Names are numbered in the order they are added, so each
 * posting list is ascending and holds a name once; the number of distinct entities per key is
 * counted too, since rarity is a property of entities, not of how many aliases they have.
 */
export interface KeyPosting {
  /** The numbers of the names holding the key, ascending. */
  readonly names: number[];
  /** How many entities have a name holding the key. */
  entities: number;
  lastEntity: number;
}

export class KeyPostings {
  private readonly postings = new Map<string, KeyPosting>();

  add(key: string, name: number, entity: number): void {
    let posting = this.postings.get(key);
    if (posting === undefined) this.postings.set(key, (posting = { names: [], entities: 0, lastEntity: -1 }));
    // Names are added in ascending order, so a duplicate can only be the last element.
    if (posting.names[posting.names.length - 1] !== name) posting.names.push(name);
    if (posting.lastEntity !== entity) {
      posting.entities++;
      posting.lastEntity = entity;
    }
  }

  /** The key's names and entity count, or undefined when no name holds it. */
  get(key: string): Readonly<KeyPosting> | undefined {
    return this.postings.get(key);
  }

  /** How many entities have a name holding `key`. */
  entityFrequency(key: string): number {
    return this.postings.get(key)?.entities ?? 0;
  }
}
