/**
 * Per-query scratch space of the index: how much key evidence each entity has collected and
 * which of its names were hit. Typed arrays sized to the corpus and stamped with a query
 * number, so a query neither allocates per candidate nor clears what the previous one left
 * (a common name touches thousands of entities). One query at a time: match() is synchronous.
 */
export class CandidateEvidence {
  private readonly evidence: Float64Array;
  private readonly entityQuery: Uint32Array;
  private readonly entityLookup: Uint32Array;
  private readonly nameQuery: Uint32Array;
  private query = 0;
  private lookup = 0;
  private readonly found: number[] = [];

  constructor(
    entityCount: number,
    /** Per name number, its entity's number. */
    private readonly nameEntity: readonly number[],
    /** Per entity number, the number of its first name (an entity's names are numbered in a row). */
    private readonly firstName: readonly number[],
  ) {
    this.evidence = new Float64Array(entityCount);
    this.entityQuery = new Uint32Array(entityCount);
    this.entityLookup = new Uint32Array(entityCount);
    this.nameQuery = new Uint32Array(nameEntity.length);
  }

  /** Starts a query: nothing collected yet. */
  begin(): void {
    this.query++;
    this.found.length = 0;
  }

  /** Adds one lookup's names (ascending): its weight once per entity, and each name as hit. */
  add(names: readonly number[], weight: number): void {
    const lookup = ++this.lookup;
    for (const name of names) {
      const entity = this.nameEntity[name]!;
      if (this.entityQuery[entity] !== this.query) {
        this.entityQuery[entity] = this.query;
        this.evidence[entity] = 0;
        this.found.push(entity);
      }
      if (this.entityLookup[entity] !== lookup) {
        this.entityLookup[entity] = lookup;
        this.evidence[entity] = this.evidence[entity]! + weight;
      }
      this.nameQuery[name] = this.query;
    }
  }

  /**
   * As add(), for the entities an earlier lookup found only. A common key's list can hold
   * thousands of names while a few entities were found: then each found entity's names are
   * sought in the (ascending) list instead of walking all of it.
   */
  addToFound(names: readonly number[], weight: number): void {
    if (this.found.length * Math.log2(names.length + 1) < names.length) {
      for (const entity of this.found) this.addEntityNames(entity, names, weight);
      return;
    }
    const lookup = ++this.lookup;
    for (const name of names) {
      const entity = this.nameEntity[name]!;
      if (this.entityQuery[entity] !== this.query) continue;
      if (this.entityLookup[entity] !== lookup) {
        this.entityLookup[entity] = lookup;
        this.evidence[entity] = this.evidence[entity]! + weight;
      }
      this.nameQuery[name] = this.query;
    }
  }

  /** Adds `weight` to a found entity once if any of its names is in `names`, and marks those names hit. */
  private addEntityNames(entity: number, names: readonly number[], weight: number): void {
    const start = this.firstName[entity]!;
    const end = entity + 1 < this.firstName.length ? this.firstName[entity + 1]! : this.nameEntity.length;
    let [low, high] = [0, names.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (names[middle]! < start) low = middle + 1;
      else high = middle;
    }
    if (low === names.length || names[low]! >= end) return;
    this.evidence[entity] = this.evidence[entity]! + weight;
    for (let i = low; i < names.length && names[i]! < end; i++) this.nameQuery[names[i]!] = this.query;
  }

  /** Entity numbers found by this query, in the order found. */
  get entities(): readonly number[] {
    return this.found;
  }

  evidenceOf(entity: number): number {
    return this.evidence[entity]!;
  }

  wasHit(name: number): boolean {
    return this.nameQuery[name] === this.query;
  }
}
