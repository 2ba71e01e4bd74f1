import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkRepresentation, listedDuring, type RepresentationFacts } from './representation-linking.js';

// Real facts: FARA 2021-06-25 (registration 6170) and OFAC SDN 2019-01-04 / 2021-06-29 (ent 24226, 24283).
const enPlus: RepresentationFacts = {
  registrationNumber: '6170',
  registrant: 'Mercury Public Affairs, LLC',
  principal: 'En+ Group International Public Joint-Stock Company',
  country: 'ru',
  start: '2019-05-22',
  end: null,
};
const deripaska: RepresentationFacts = {
  registrationNumber: '5934',
  registrant: 'Endeavor Law Firm, PC',
  principal: 'Deripaska, Oleg',
  country: 'ru',
  start: '2009-05-08',
  end: '2018-04-05',
};

test('a party last seen before the representation began: listed_to is its last snapshot, not listed during it', () => {
  const link = linkRepresentation(enPlus, { entityId: 'ofac-24226', caption: 'EN+ GROUP PLC', score: 0.73, explanation: [], listing: [{ firstSeen: '2019-01-04', lastSeen: '2019-01-04' }] });
  assert.deepEqual(
    [link.registration_number, link.entity_id, link.listed_from, link.listed_to, link.listed_during_representation],
    ['6170', 'ofac-24226', '2019-01-04', '2019-01-04', false],
  );
});

test('a party still listed: listed_to null; listed during an open representation', () => {
  const listing = [{ firstSeen: '2019-01-04', lastSeen: null }];
  const link = linkRepresentation({ ...enPlus, principal: 'Oleg Deripaska' }, { entityId: 'ofac-24283', caption: 'DERIPASKA, Oleg Vladimirovich', score: 0.93, explanation: [], listing });
  assert.deepEqual([link.listed_from, link.listed_to, link.listed_during_representation], ['2019-01-04', null, true]);
});

test('a representation that ended before the first snapshot listing the party did not overlap it', () => {
  assert.equal(listedDuring([{ firstSeen: '2019-01-04', lastSeen: null }], deripaska.start, deripaska.end), false);
  assert.equal(listedDuring([{ firstSeen: '2018-04-05', lastSeen: '2018-04-05' }], deripaska.start, deripaska.end), true);
});

test('an end date before the start (as FARA states for RDIF, registration 5653) is read as the period between them', () => {
  assert.equal(listedDuring([{ firstSeen: '2010-01-01', lastSeen: '2010-01-01' }], '2014-09-26', '2007-10-31'), true);
  assert.equal(listedDuring([{ firstSeen: '2015-01-01', lastSeen: null }], '2014-09-26', '2007-10-31'), false);
});
