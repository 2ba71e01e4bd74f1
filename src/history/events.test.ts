import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EntityBuilder, type Entity } from '../model/entity.js';
import { deriveEvents } from './events.js';

function person(id: string, name: string, extra: Record<string, string> = {}): Entity {
  const builder = new EntityBuilder('Person', id, { target: true }).add('name', name);
  for (const [prop, value] of Object.entries(extra)) builder.add(prop, value);
  return builder.build();
}

function sanction(id: string, targetId: string, program: string, listingDate?: string): Entity {
  return new EntityBuilder('Sanction', id).add('entity', targetId).add('program', program).add('listingDate', listingDate).build();
}

const byId = (...entities: Entity[]): Map<string, Entity> => new Map(entities.map((e) => [e.id, e]));
const summary = (events: ReturnType<typeof deriveEvents>) => events.map((e) => `${e.type} ${e.entityId} ${e.date} ${e.changed.join('|')}`.trim());

describe('deriveEvents', () => {
  it('reports designations, delistings and amendments between two snapshots', () => {
    const previous = byId(person('a', 'ALPHA'), person('b', 'BETA'), sanction('a-s', 'a', 'SDGT'));
    const current = byId(person('a', 'ALPHA', { birthDate: '1960' }), person('c', 'GAMMA'), sanction('a-s', 'a', 'SDGT'));
    const events = deriveEvents({ dataset: 'd', date: '2021-01-01', previous, current, seenEarlier: new Set() });
    assert.deepEqual(summary(events), ['amended a 2021-01-01 birthDate', 'delisted b 2021-01-01', 'designated c 2021-01-01']);
  });

  it('reports a programme change on an attached Sanction as an amendment of the target', () => {
    const previous = byId(person('a', 'ALPHA'), sanction('a-s1', 'a', 'UKRAINE-EO13661'));
    const current = byId(person('a', 'ALPHA'), sanction('a-s1', 'a', 'UKRAINE-EO13661'), sanction('a-s2', 'a', 'RUSSIA-EO14024'));
    const events = deriveEvents({ dataset: 'd', date: '2022-01-01', previous, current, seenEarlier: new Set() });
    assert.deepEqual(summary(events), ['amended a 2022-01-01 Sanction:program']);
  });

  it('reports a returning target as relisted, not designated', () => {
    const events = deriveEvents({ dataset: 'd', date: '2022-01-01', previous: byId(), current: byId(person('a', 'A')), seenEarlier: new Set(['a']) });
    assert.deepEqual(summary(events), ['relisted a 2022-01-01']);
  });

  it('dates a designation by the listing date the source gives', () => {
    const current = byId(person('a', 'A'), sanction('a-s', 'a', 'UN', '2019-05-02'));
    const events = deriveEvents({ dataset: 'd', date: '2020-01-01', previous: byId(), current, seenEarlier: new Set() });
    assert.deepEqual(summary(events), ['designated a 2019-05-02']);
  });

  it('invents no designations in a first snapshot without listing dates', () => {
    const current = byId(person('a', 'A'), person('b', 'B'), sanction('b-s', 'b', 'UN', '2001-01-25'));
    const events = deriveEvents({ dataset: 'd', date: '2020-01-01', current, seenEarlier: new Set() });
    assert.deepEqual(summary(events), ['designated b 2001-01-25']);
  });

  it('reports nothing when only value order differs', () => {
    const a = new EntityBuilder('Person', 'a', { target: true }).add('name', 'A').add('alias', ['X', 'Y']).build();
    const b = new EntityBuilder('Person', 'a', { target: true }).add('alias', ['Y', 'X']).add('name', 'A').build();
    assert.deepEqual(deriveEvents({ dataset: 'd', date: '2021-01-01', previous: byId(a), current: byId(b), seenEarlier: new Set() }), []);
  });
});
