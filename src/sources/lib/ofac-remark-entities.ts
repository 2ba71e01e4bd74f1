/**
 * Puts the facts parsed from an OFAC remark onto the listing: properties of the target,
 * Passport / Identification / CryptoWallet entities it holds, UnknownLink entities to the
 * listings it is "Linked To", and the provisions its Sanction entities carry. A fact the
 * target's schema has no place for (a DOB on an entity, an id number on a vessel, a link to
 * a name not listed in the same file) or whose value the model rejects is kept as a note
 * with its original clause, so remark text is never lost.
 */
import { getSchema } from '../../model/ftm.js';
import type { EntityBuilder } from '../../model/entity.js';
import { accepts, hasProperty, isAccepted } from './model-checks.js';
import { addDocumentEntity, type TargetAssembly } from './target-assembly.js';
import type { Listing } from './ofac-primary.js';
import type { RemarkDocument } from './ofac-remark-ids.js';
import type { RemarkFact, RemarkRelation } from './ofac-remarks.js';

export interface RemarkContext {
  readonly assembly: TargetAssembly;
  /** The Title column; a remark clause repeating it is already the target's position. */
  readonly title?: string;
  /** The listing with this primary name in the same file, if exactly one has it. */
  readonly resolve: (name: string) => Listing | undefined;
}

// Where a value goes when the target's schema lacks the property the remark names:
// an organisation's "nationality" is its country, as is an aircraft's "Nationality of Registration".
const FALLBACK_PROPERTY: Readonly<Record<string, string>> = { nationality: 'country', citizenship: 'country', flag: 'country' };

/** Adds the value if the builder's schema has the property and the model accepts the value. */
const tryAdd = (builder: EntityBuilder, prop: string | undefined, value: string): boolean =>
  prop !== undefined && isAccepted(() => builder.add(prop, value));

// Asked for every document and wallet of every listing; FtM's isA walks the schema's parents.
const legalEntitySchemata = new Map<string, boolean>();

function isLegalEntity(schema: string): boolean {
  let isA = legalEntitySchemata.get(schema);
  if (isA === undefined) legalEntitySchemata.set(schema, (isA = getSchema(schema).isA('LegalEntity')));
  return isA;
}

function addNote(ctx: RemarkContext, text: string): void {
  if (text !== ctx.title) ctx.assembly.target.add('notes', text);
}

/** Adds `value` to the first of `props` the target accepts it for; otherwise keeps `clause` as a note. */
export function addOrNote(ctx: RemarkContext, props: readonly (string | undefined)[], value: string, clause: string): void {
  if (!props.some((prop) => tryAdd(ctx.assembly.target, prop, value))) addNote(ctx, clause);
}

function applyDocument(ctx: RemarkContext, document: RemarkDocument, clause: string): void {
  const target = ctx.assembly.target;
  // Identification:holder must be a LegalEntity; a vessel's IMO or an aircraft's MSN is a property only.
  if (!isLegalEntity(target.schema) || !accepts('Identification', 'number', document.number)) {
    addOrNote(ctx, [document.prop], document.number, clause);
    return;
  }
  addDocumentEntity(ctx.assembly, {
    isPassport: document.isPassport,
    number: document.number,
    type: document.label,
    country: document.country,
    authority: document.authority,
    startDate: document.issueDate,
    endDate: document.expiryDate,
  });
  addOrNote(ctx, [document.prop, 'idNumber'], document.number, clause);
}

function applyWallet(ctx: RemarkContext, currency: string, address: string, clause: string): void {
  const target = ctx.assembly.target;
  if (!isLegalEntity(target.schema) || !accepts('CryptoWallet', 'publicKey', address)) {
    addNote(ctx, clause);
    return;
  }
  ctx.assembly
    .part('CryptoWallet', 'wallet', currency, address)
    .add('publicKey', address)
    .add('currencySymbol', currency)
    .add('holder', target.id);
}

/**
 * Sets an entity property (a vehicle's owner or operator) to the listing of that name, or
 * to a LegalEntity made from the name when no listing in the file has it.
 */
export function addPartyReference(ctx: RemarkContext, prop: string, name: string, clause: string): void {
  const target = ctx.assembly.target;
  if (!hasProperty(target.schema, prop)) {
    addNote(ctx, clause);
    return;
  }
  const listing = ctx.resolve(name);
  if (listing !== undefined && isLegalEntity(listing.schema)) {
    target.add(prop, listing.id);
    return;
  }
  const party = ctx.assembly.part('LegalEntity', prop, name).add('name', name);
  target.add(prop, party.id);
}

function applyRelation(ctx: RemarkContext, relation: RemarkRelation, name: string, clause: string): void {
  if (relation === 'operator') {
    addPartyReference(ctx, 'operator', name, clause);
    return;
  }
  // The remark's closing period merges with a name's own: "Linked To: MILENYUM ENERGY S.A."
  const listing = ctx.resolve(name) ?? ctx.resolve(`${name}.`);
  const subject = ctx.assembly.target.id;
  if (listing === undefined || listing.id === subject) {
    addNote(ctx, clause);
    return;
  }
  ctx.assembly.part('UnknownLink', 'link', listing.id).add('subject', subject).add('object', listing.id).add('role', 'Linked To');
}

/** Applies `facts` to the target and its parts; returns the provisions for its Sanction entities. */
export function applyRemarkFacts(ctx: RemarkContext, facts: readonly RemarkFact[]): string[] {
  const provisions: string[] = [];
  for (const fact of facts) {
    switch (fact.kind) {
      case 'property':
        addOrNote(ctx, [fact.prop, FALLBACK_PROPERTY[fact.prop]], fact.value, fact.clause);
        break;
      case 'document':
        applyDocument(ctx, fact.document, fact.clause);
        break;
      case 'wallet':
        applyWallet(ctx, fact.currency, fact.address, fact.clause);
        break;
      case 'relation':
        applyRelation(ctx, fact.relation, fact.name, fact.clause);
        break;
      case 'provision':
        if (accepts('Sanction', 'provisions', fact.text)) provisions.push(fact.text);
        else addNote(ctx, fact.text);
        break;
      case 'note':
        addNote(ctx, fact.text);
        break;
    }
  }
  return provisions;
}
