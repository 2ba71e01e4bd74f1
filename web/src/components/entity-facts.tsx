/**
 * The facts of an entity page: names and aliases grouped by script, identifiers (own
 * properties and nested Identification/Passport entities), addresses, sanctions with their
 * programmes, and the remaining descriptive properties.
 */
import type { Entity } from '../api.js';
import { nestedEntities, texts } from '../entity-values.js';
import { groupByScript } from '../scripts.js';
import { Badges } from './badges.js';
import { TableHead } from './table-head.js';

const NAME_PROPS: Readonly<Record<string, string>> = { name: 'name', alias: 'alias', weakAlias: 'weak alias', previousName: 'previous name' };
const ID_PROPS = ['idNumber', 'registrationNumber', 'taxNumber', 'passportNumber', 'innCode', 'ogrnCode', 'okpoCode', 'leiCode', 'swiftBic', 'imoNumber', 'mmsi', 'callSign', 'serialNumber', 'vatCode', 'dunsCode'];
// Shown elsewhere on the page (names, identifiers, programme badges) or bookkeeping.
const SHOWN_ELSEWHERE = new Set([...Object.keys(NAME_PROPS), ...ID_PROPS, 'program', 'programId', 'topics', 'address', 'firstName', 'lastName', 'middleName', 'fatherName', 'secondName']);

/** camelCase property name as words: birthDate -> birth date; $schema -> schema. */
export function propLabel(prop: string): string {
  return prop.replace(/^\$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function NamesByScript(props: { entity: Entity }) {
  const names = Object.entries(NAME_PROPS).flatMap(([prop, kind]) => texts(props.entity, prop).map((name) => ({ name, kind })));
  return (
    <section aria-labelledby="names-title">
      <h2 id="names-title">Names</h2>
      <dl class="names">
        {groupByScript(names).map((group) => (
          <div key={group.script}>
            <dt>{group.script}</dt>
            {group.names.map((entry) => (
              <dd key={`${entry.kind}-${entry.name}`}>
                {entry.name} <span class="muted">{entry.kind}</span>
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}

function identifiers(entity: Entity): { label: string; value: string }[] {
  const own = ID_PROPS.flatMap((prop) => texts(entity, prop).map((value) => ({ label: propLabel(prop), value })));
  const nested = nestedEntities(entity)
    .filter((n) => n.entity.schema === 'Identification' || n.entity.schema === 'Passport')
    .map(({ entity: doc }) => ({
      label: [texts(doc, 'type')[0] ?? doc.schema, texts(doc, 'country')[0]?.toUpperCase()].filter(Boolean).join(', '),
      value: texts(doc, 'number').join(', '),
    }));
  // A number given both as a property and as an Identification is shown once.
  return [...own, ...nested.filter((doc) => !own.some((o) => o.value === doc.value))];
}

function addresses(entity: Entity): string[] {
  const nested = nestedEntities(entity).filter((n) => n.entity.schema === 'Address').flatMap((n) => texts(n.entity, 'full'));
  return [...new Set([...texts(entity, 'address'), ...nested])];
}

function FactList(props: { title: string; id: string; rows: { label: string; value: string }[] }) {
  if (props.rows.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <dl class="facts">
        {props.rows.map((row, i) => (
          <div key={i}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function EntityFacts(props: { entity: Entity }) {
  const { entity } = props;
  const details = Object.keys(entity.properties)
    .filter((prop) => !SHOWN_ELSEWHERE.has(prop))
    .flatMap((prop) => (texts(entity, prop).length === 0 ? [] : [{ label: propLabel(prop), value: texts(entity, prop).join('; ') }]));
  return (
    <>
      <FactList title="Details" id="details-title" rows={details} />
      <FactList title="Identifiers" id="ids-title" rows={identifiers(entity)} />
      <FactList title="Addresses" id="addresses-title" rows={addresses(entity).map((value) => ({ label: 'address', value }))} />
    </>
  );
}

export function SanctionsTable(props: { entity: Entity }) {
  const sanctions = nestedEntities(props.entity).filter((n) => n.entity.schema === 'Sanction').map((n) => n.entity);
  if (sanctions.length === 0) return null;
  return (
    <section aria-labelledby="sanctions-title">
      <h2 id="sanctions-title">Sanctions</h2>
      <table class="data">
        <TableHead columns={['Programmes', 'Authority', 'Listed', 'Lists']} />
        <tbody>
          {sanctions.map((sanction) => (
            <tr key={sanction.id}>
              <td>
                <Badges kind="program" values={texts(sanction, 'program')} />
              </td>
              <td>{texts(sanction, 'authority').join(', ')}</td>
              <td>{[...texts(sanction, 'listingDate'), ...texts(sanction, 'startDate')][0] ?? '—'}</td>
              <td>
                <Badges kind="dataset" values={sanction.datasets} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
