/**
 * The properties whose values are entity ids (FollowTheMoney's `entity` type, all schemata of
 * followthemoney 3.8), frozen here because a migration indexes exactly these: changing the list
 * needs a new migration. Finding who refers to an entity (its sanctions, passports, links,
 * owners) is a lookup on these values.
 */
export const REFERENCE_PROPS: readonly string[] = [
  'addressEntity', 'agent', 'ancestors', 'asset', 'associate', 'author', 'authority', 'bank',
  'bankAccount', 'bankForeign', 'bankRub', 'beneficiary', 'beneficiaryAccount', 'callForTenders',
  'caller', 'candidate', 'case', 'client', 'contract', 'contractHolder', 'creditor', 'debtor',
  'declarant', 'director', 'document', 'emitters', 'employee', 'employer', 'endLocation', 'entity',
  'holder', 'inReplyToEmail', 'inReplyToMessage', 'involved', 'issuer', 'match', 'member',
  'object', 'onBehalfOf', 'operator', 'organization', 'organizer', 'owner', 'parent',
  'participant', 'party', 'payer', 'payerAccount', 'person', 'pictured', 'post', 'predecessor',
  'project', 'proof', 'receiver', 'recipientAccount', 'recipients', 'relative', 'resolved',
  'sender', 'senderAccount', 'startLocation', 'subject', 'successor', 'supplier', 'taxee',
  'tenderers', 'transport', 'vehicle',
];

/** `prop IN (...)` over REFERENCE_PROPS, written out so a partial index's predicate matches it. */
export const REFERENCE_PROPS_SQL = `prop IN (${REFERENCE_PROPS.map((p) => `'${p}'`).join(', ')})`;
