/**
 * A listed party as FtM entities: the target with the entities derived from it (Address,
 * Passport, Identification, Sanction, ...) under stable derived ids, and the helpers that add
 * the derived entities every list states in its own way (addresses, identity documents).
 */
import { EntityBuilder, type Entity } from '../../model/entity.js';
import { derivedId } from '../../model/ids.js';

/**
 * One listed party and the entities describing it. Derived entities are keyed by their id,
 * so the same address or document stated twice in a record becomes one entity.
 */
export class TargetAssembly {
  readonly target: EntityBuilder;
  private readonly parts = new Map<string, EntityBuilder>();
  private readonly finished: Entity[] = [];

  constructor(schema: string, id: string) {
    this.target = new EntityBuilder(schema, id, { target: true });
  }

  /** The derived entity of this kind and content, created on first use. */
  part(schema: string, kind: string, ...content: readonly string[]): EntityBuilder {
    const id = derivedId(this.target.id, kind, ...content);
    let builder = this.parts.get(id);
    if (builder === undefined) this.parts.set(id, (builder = new EntityBuilder(schema, id)));
    return builder;
  }

  /** A party stated only under aliases still needs a name to be shown and matched by. */
  nameFromAliases(): void {
    if (this.target.has('name')) return;
    this.target.add('name', this.target.first('alias') ?? this.target.first('weakAlias') ?? this.target.first('previousName'));
  }

  /** Adds an entity built elsewhere (a Sanction from buildSanction). */
  addEntity(entity: Entity): void {
    this.finished.push(entity);
  }

  /** The target first, then derived entities in the order they were first stated. */
  entities(): Entity[] {
    return [this.target.build(), ...[...this.parts.values()].map((part) => part.build()), ...this.finished];
  }
}

export interface AddressFacts {
  street?: string;
  postOfficeBox?: string;
  city?: string;
  postalCode?: string;
  region?: string;
  /** Text that has no structured home (a place name, a qualifier); kept in the full text. */
  extra?: string;
  /** Country as written; becomes part of the full text. */
  countryText?: string;
  /** FtM country code, when the country was recognised. */
  country?: string;
  remarks?: string;
}

// FtM caps Address:postalCode at 16 characters; longer "codes" are prose ("13440 (at time of listing)").
const POSTAL_CODE_MAX = 16;

/** Adds an Address entity (id from its full text) and links it from the target. */
export function addAddress(assembly: TargetAssembly, facts: AddressFacts): void {
  const full = joinParts([facts.street, facts.postOfficeBox, facts.extra, facts.city, facts.postalCode, facts.region, facts.countryText]);
  if (full === '') return;
  const postalCode = facts.postalCode !== undefined && facts.postalCode.length <= POSTAL_CODE_MAX ? facts.postalCode : undefined;
  const address = assembly
    .part('Address', 'address', full)
    .add('full', full)
    .add('street', facts.street)
    .add('postOfficeBox', facts.postOfficeBox)
    .add('city', facts.city)
    .add('postalCode', postalCode)
    .add('region', facts.region)
    .add('country', facts.country)
    .add('remarks', facts.remarks);
  assembly.target.add('addressEntity', address.id).add('address', full).add('country', facts.country);
}

export interface DocumentFacts {
  /** Passports get a Passport entity and the holder's passportNumber; others Identification and idNumber. */
  isPassport: boolean;
  number: string;
  type?: string;
  country?: string;
  authority?: string;
  startDate?: string;
  endDate?: string;
  summary?: readonly (string | undefined)[];
  namesMentioned?: string;
  /**
   * The same document stated under several type names (the UN gives one passport in three
   * languages) is told apart by number and country only; by default the type counts too.
   */
  hasTypeVariants?: boolean;
}

/** Adds the Passport / Identification entity held by the target (one per type, number and country). */
export function addDocumentEntity(assembly: TargetAssembly, facts: DocumentFacts): void {
  const key = facts.hasTypeVariants ? [facts.number, facts.country ?? ''] : [facts.type ?? '', facts.number, facts.country ?? ''];
  assembly
    .part(facts.isPassport ? 'Passport' : 'Identification', facts.isPassport ? 'passport' : 'identification', ...key)
    .add('holder', assembly.target.id)
    .add('number', facts.number)
    .add('type', facts.type)
    .add('country', facts.country)
    .add('authority', facts.authority)
    .add('startDate', facts.startDate)
    .add('endDate', facts.endDate)
    .add('summary', facts.summary)
    .add('namesMentioned', facts.namesMentioned);
}

/** Adds a Passport / Identification held by the target and copies its number to the target. */
export function addIdentityDocument(assembly: TargetAssembly, facts: DocumentFacts): void {
  addDocumentEntity(assembly, facts);
  assembly.target.add(facts.isPassport ? 'passportNumber' : 'idNumber', facts.number);
}

/** A copy of `entity` with more values, validated like any other. */
export function extendEntity(entity: Entity, extra: Readonly<Record<string, readonly (string | undefined)[]>>): Entity {
  const builder = new EntityBuilder(entity.schema, entity.id, { target: entity.target });
  for (const [prop, values] of Object.entries(entity.properties)) builder.add(prop, values);
  for (const [prop, values] of Object.entries(extra)) builder.add(prop, values);
  return builder.build();
}

/** Joins the non-blank parts with ", ". */
export function joinParts(parts: readonly (string | undefined)[]): string {
  return parts
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join(', ');
}
