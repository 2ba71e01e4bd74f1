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

  /**
   * Adds one lookup's names: its weight once per entity, and each name as hit. With
   * `onlyFound`, entities no earlier lookup found are skipped.
   */
  add(names: readonly number[], weight: number, onlyFound: boolean): void {
    const lookup = ++this.lookup;
    for (const name of names) {
      const entity = this.nameEntity[name]!;
      if (this.entityQuery[entity] !== this.query) {
        if (onlyFound) continue;
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
