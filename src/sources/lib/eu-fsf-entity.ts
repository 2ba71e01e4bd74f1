/**
 * One EU FSF `sanctionEntity` element -> the listed party (Person or Organization, id
 * `eu-fsf-<logicalId>`) plus its Address, Passport/Identification and Sanction entities.
 *
 * Input spec (EU Financial Sanctions Files XML export, `sanctionEntity`): attributes
 * `logicalId` (stable key), `designationDate` (the EU's own listing date), `designationDetails`,
 * `euReferenceNumber`, `unitedNationId`; children `regulation` (programme, numberTitle,
 * regulationType, publicationDate, child `publicationUrl`), `subjectType` (code person /
 * enterprise), `nameAlias`, `citizenship`, `birthdate`, `address`, `identification`, `remark`.
 */
import type { Entity } from '../../model/entity.js';
import { sourceId } from '../../model/ids.js';
import { parseIsoDate } from './dates.js';
import { buildSanction } from './sanctions.js';
import { childText, childrenNamed, type XmlElement } from './xml.js';
import { addBirthdate, addCitizenship, addEuAddress, addEuIdentification, addNameAlias, attr } from './eu-fsf-details.js';
import { TargetAssembly, extendEntity, joinParts } from './target-assembly.js';
import { sourceError, withLocation, type RecordLocation } from './record-location.js';

export const EU_FORMAT = 'eu-xml';

// "enterprise" covers companies, banks, state bodies, parties and armed groups alike, so
// the general Organization (not Company) fits; LegalEntity would lose that it is not a person.
const SCHEMA_BY_SUBJECT: Readonly<Record<string, string>> = { person: 'Person', enterprise: 'Organization' };

type ChildHandler = (assembly: TargetAssembly, child: XmlElement, at: RecordLocation) => void;

const CHILD_HANDLERS: Readonly<Record<string, ChildHandler>> = {
  nameAlias: addNameAlias,
  citizenship: addCitizenship,
  birthdate: addBirthdate,
  address: addEuAddress,
  identification: addEuIdentification,
  remark: (assembly, remark) => assembly.target.add('notes', remark.text),
  // Read by subjectSchema and addSanctions.
  subjectType: () => undefined,
  regulation: () => undefined,
};

function subjectSchema(element: XmlElement, at: RecordLocation): string {
  const subject = childrenNamed(element, 'subjectType')[0];
  const code = subject === undefined ? undefined : attr(subject, 'code');
  const schema = code === undefined ? undefined : SCHEMA_BY_SUBJECT[code];
  if (schema === undefined) throw sourceError(at, `expected subjectType code person or enterprise, found ${code ?? 'none'}`, 'subjectType');
  return schema;
}

/** The logicalId of a sanctionEntity; the key every snapshot uses for the same party. */
export function logicalIdOf(element: XmlElement, file: string): string {
  const logicalId = attr(element, 'logicalId');
  if (logicalId === undefined) throw sourceError({ format: EU_FORMAT, file, line: element.line }, 'sanctionEntity without logicalId', 'logicalId');
  return logicalId;
}

export function convertSanctionEntity(element: XmlElement, file: string): Entity[] {
  const logicalId = logicalIdOf(element, file);
  const at: RecordLocation = { format: EU_FORMAT, file, line: element.line, record: logicalId };
  const assembly = withLocation(at, () => new TargetAssembly(subjectSchema(element, at), sourceId('eu-fsf', logicalId)));
  for (const child of element.children) {
    const handler = CHILD_HANDLERS[child.name];
    const childAt = { ...at, line: child.line };
    // An element this parser does not know may carry facts; refusing beats dropping them.
    if (handler === undefined) throw sourceError(childAt, `unexpected element <${child.name}>`, child.name);
    withLocation(childAt, () => handler(assembly, child, childAt));
  }
  assembly.nameFromAliases();
  addSanctions(assembly, element, at);
  return assembly.entities();
}

function listingDate(element: XmlElement, at: RecordLocation): string | undefined {
  const text = attr(element, 'designationDate');
  if (text === undefined) return undefined;
  const date = parseIsoDate(text);
  if (date === undefined) throw sourceError(at, `invalid designationDate "${text}"`, 'designationDate');
  return date;
}

/** One Sanction per programme; every regulation of that programme adds its act and URL. */
function addSanctions(assembly: TargetAssembly, element: XmlElement, at: RecordLocation): void {
  const byProgramme = new Map<string, XmlElement[]>();
  for (const regulation of childrenNamed(element, 'regulation')) {
    const programme = attr(regulation, 'programme');
    if (programme === undefined) throw sourceError({ ...at, line: regulation.line }, 'regulation without programme', 'programme');
    byProgramme.set(programme, [...(byProgramme.get(programme) ?? []), regulation]);
  }
  const date = listingDate(element, at);
  for (const [programme, regulations] of byProgramme) {
    withLocation({ ...at, line: regulations[0]!.line }, () => {
      const sanction = buildSanction({
        targetId: assembly.target.id,
        authority: 'European Union',
        country: 'eu',
        program: programme,
        listingDate: date,
        authorityId: attr(element, 'euReferenceNumber'),
        unscId: attr(element, 'unitedNationId'),
        reason: attr(element, 'designationDetails'),
      });
      assembly.addEntity(
        extendEntity(sanction, {
          sourceUrl: regulations.map((regulation) => childText(regulation, 'publicationUrl')),
          description: regulations.map(describeRegulation),
        }),
      );
    });
  }
}

/** "2019/555 (OJ L97), amendment, published 2019-04-08": the legal act behind the listing. */
function describeRegulation(regulation: XmlElement): string {
  const published = attr(regulation, 'publicationDate');
  return joinParts([attr(regulation, 'numberTitle'), attr(regulation, 'regulationType'), published && `published ${published}`]);
}
