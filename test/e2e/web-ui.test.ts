/**
 * The web UI in Debian's Chromium over the real API (OFAC SDN 2019-01-04 + 2021-06-29, UN
 * 2026-02-27): search -> entity page with timeline, graph and source records; the changes feed
 * between the two OFAC snapshots, filtered down to EN+ GROUP PLC delisted; screening an uploaded CSV; and
 * the same search done with the keyboard only. Each page is saved as a screenshot.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createApiKey } from '../../src/service/api-keys.js';
import { makeTempDir } from '../support/temp.js';
import { screenshot, startUi, type UiUnderTest } from './browser.js';

const CHEMEZOV = { id: 'ofac-16685', caption: 'CHEMEZOV, Sergei' };
const EN_PLUS = { id: 'ofac-24226', caption: 'EN+ GROUP PLC' };

describe('web UI in Chromium', () => {
  let ui: UiUnderTest;
  let page: Page;
  before(async () => {
    ui = await startUi();
    page = await ui.newPage();
    page.setDefaultTimeout(15_000);
  });
  after(() => ui?.close());

  it('searches "Chemezov", opens the entity and shows its names, timeline, graph and source records', async () => {
    await page.goto(`${ui.url}/#/search`);
    await page.getByLabel('Name, in any script').fill('Chemezov');
    await page.getByRole('button', { name: 'Search' }).click();
    const result = page.locator('table.results tbody tr').first();
    await result.getByRole('link', { name: CHEMEZOV.caption }).waitFor();
    assert.match(await result.innerText(), /Person[\s\S]*UKRAINE-EO13661[\s\S]*us_ofac_sdn[\s\S]*● Listed/);
    await screenshot(page, '1-search');

    await result.getByRole('link', { name: CHEMEZOV.caption }).click();
    await page.waitForURL(`**/#/entity/${CHEMEZOV.id}`);
    await page.locator('h1', { hasText: CHEMEZOV.caption }).waitFor();
    assert.equal(await page.locator('h1').innerText(), CHEMEZOV.caption);
    assert.match(await page.locator('.entity-header').innerText(), /● Listed[\s\S]*Person[\s\S]*ofac-16685[\s\S]*UKRAINE-EO13661/);
    const latinNames = await page.locator('dl.names div', { has: page.locator('dt', { hasText: 'Latin' }) }).innerText();
    assert.match(latinNames, /CHEMEZOV, Sergei name/);
    assert.match(latinNames, /CHEMEZOV, Sergey Viktorovich alias/);

    const timeline = page.locator('section', { has: page.locator('#timeline-title') });
    await timeline.locator('.chart canvas').first().waitFor();
    // On the list in both OFAC snapshots; the first one states no designation date, so there is no designation event.
    assert.deepEqual(await timeline.locator('table.events tbody tr').allInnerTexts(), ['2019-01-04 – 2021-06-29\ton the list\tus_ofac_sdn\tin every snapshot loaded from 2019-01-04 to 2021-06-29']);

    const links = page.locator('section', { has: page.locator('#links-title') });
    assert.equal(await links.locator(`svg.graph a[aria-label="${CHEMEZOV.caption}"] circle`).count(), 1);
    assert.match(await links.innerText(), /No linked entities on record\./);

    // No FARA snapshot here: GET /lobbying answers 404, which the page states without an error.
    const lobbying = page.getByRole('region', { name: 'Lobbying in the US (FARA)' });
    await lobbying.getByText('No lobbying data (FARA registrations) is loaded on this server.').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);

    const raw = page.locator('table.raw tbody tr', { hasText: 'CHEMEZOV, Sergei' }).filter({ has: page.locator('td', { hasText: /^name$/ }) });
    assert.deepEqual(await raw.locator('td').allInnerTexts(), ['us_ofac_sdn', 'name', 'CHEMEZOV, Sergei', '2019-01-04', '2021-06-29']);
    await screenshot(page, '2-entity');
  });

  it('shows the designation event of a UN listing on its timeline, and an unknown entity as the API error detail', async () => {
    await page.goto(`${ui.url}/#/entity/unsc-qdi-421`);
    const designation = page.locator('table.events tbody tr', { hasText: 'designated' });
    assert.equal(await designation.innerText(), '2019-02-28\t+ designated\tun_sc_sanctions\t');
    assert.match(await page.locator('dl.names div', { has: page.locator('dt', { hasText: 'Arabic' }) }).innerText(), /حمزة أسامة محمد بن لادن alias/);

    await page.goto(`${ui.url}/#/entity/ofac-0`);
    assert.equal(await page.getByRole('alert').innerText(), 'Error: no entity ofac-0 in any loaded dataset');
  });

  it('charts the changes between 2019-01-04 and 2021-06-29 and, filtered to delistings of UKRAINE-EO13662, lists EN+ GROUP PLC', async () => {
    await page.goto(`${ui.url}/#/changes?from=2019-01-04&to=2021-06-29`);
    await page.locator('p.summary', { hasText: 'Events 1–100 of 3021.' }).waitFor();
    await page.locator('.month-chart canvas').first().waitFor();
    assert.equal(await page.locator('.month-chart details tbody tr').count(), 29, 'one row of counts per month, 2019-02 to 2021-06');
    await screenshot(page, '3-changes');

    await page.getByLabel('Event', { exact: true }).selectOption('delisted');
    await page.getByLabel('Programme', { exact: true }).fill('UKRAINE-EO13662');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/type=delisted/);
    await page.locator('p.summary', { hasText: 'Events 1–3 of 3.' }).waitFor();
    const rows = await page.locator('table.changes tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 5).map((td) => td.innerText)));
    assert.deepEqual(rows, [
      ['2021-06-29', '− delisted', 'EN+ GROUP PLC', 'LegalEntity', 'us_ofac_sdn'],
      ['2021-06-29', '− delisted', 'JSC EUROSIBENERGO', 'LegalEntity', 'us_ofac_sdn'],
      ['2021-06-29', '− delisted', 'UNITED COMPANY RUSAL PLC', 'LegalEntity', 'us_ofac_sdn'],
    ]);
    await screenshot(page, '4-changes-filtered');

    await page.getByRole('link', { name: EN_PLUS.caption, exact: true }).click();
    await page.waitForURL(`**/#/entity/${EN_PLUS.id}`);
    await page.locator('h1', { hasText: EN_PLUS.caption }).waitFor();
    assert.match(await page.locator('.entity-header').innerText(), /○ Delisted/);
    // The timeline is fetched after the header: wait for its last event before reading the rows.
    await page.locator('table.events tbody tr', { hasText: '− delisted' }).waitFor();
    const timelineRows = await page.locator('table.events tbody tr').allInnerTexts();
    assert.equal(timelineRows.at(-1), '2021-06-29\t− delisted\tus_ofac_sdn\t');
    const linked = page.locator('table.links tbody tr', { hasText: 'DERIPASKA, Oleg Vladimirovich' });
    assert.equal(await linked.locator('td').first().innerText(), 'linked to');
    await page.locator('svg.graph a[aria-label="DERIPASKA, Oleg Vladimirovich"]').waitFor();
    assert.equal(await page.locator('svg.graph a[aria-label="DERIPASKA, Oleg Vladimirovich"]').count(), 1);
    await screenshot(page, '5-entity-links');
  });

  it('screens an uploaded CSV with a progress bar, explained hits and a CSV download', async () => {
    const csv = join(makeTempDir(), 'customers.csv');
    writeFileSync(
      csv,
      ['name,schema,birth_date,country,id', 'Sergei Chemezov,Person,1952-08-20,ru,C-001', 'Maria Jensen,Person,1980-01-01,dk,C-002', 'Oleg Deripaska,Person,1968-01-02,ru,C-003', 'Harbour Bakery Ltd,Organization,,gb,C-004', ''].join('\n'),
    );
    await page.goto(`${ui.url}/#/screen`);
    await page.getByLabel('CSV file').setInputFiles(csv);
    await page.getByRole('button', { name: 'Screen' }).click();
    await page.locator('progress#screen-progress').waitFor();
    await page.locator('.progress [role=status]', { hasText: 'done: 4 of 4 rows screened' }).waitFor();
    assert.equal(await page.locator('progress#screen-progress').getAttribute('value'), '4');

    const rows = page.locator('table.hits tbody tr');
    const chemezov = rows.filter({ hasText: 'C-001' });
    assert.match(await chemezov.innerText(), /CHEMEZOV, Sergei[\s\S]*● Listed/);
    assert.ok((await chemezov.locator('ul.explanation li').count()) > 0, 'the hit is explained by its features');
    assert.match(await rows.filter({ hasText: 'C-003' }).innerText(), /DERIPASKA, Oleg Vladimirovich/);
    assert.equal(await rows.filter({ hasText: /C-002|C-004/ }).count(), 0, 'no hit for the clean names');
    await screenshot(page, '6-screen');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download results (CSV)' }).click()]);
    const body = readFileSync((await download.path())!, 'utf8');
    assert.match(body, /ofac-16685/);
    assert.doesNotMatch(body, /Maria Jensen/);

    // A link cannot send the API key: with one set, the file is fetched with it, and a refusal is shown.
    const setKey = (key: string) => page.evaluate((value) => localStorage.setItem('sanctions-radar.api-key', value), key);
    await setKey('letmein');
    await page.getByRole('link', { name: 'Download results (CSV)' }).click();
    assert.match(await page.locator('.download [role=alert]').innerText(), /^Error: the API key is not valid/);
    await setKey((await createApiKey(ui.store, { name: 'browser test' })).key);
    const [withKey] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download results (CSV)' }).click()]);
    assert.equal(withKey.suggestedFilename(), download.suggestedFilename());
    assert.equal(readFileSync((await withKey.path())!, 'utf8'), body);
    assert.equal(await page.locator('.download [role=alert]').count(), 0);
    await page.evaluate(() => localStorage.removeItem('sanctions-radar.api-key'));
  });

  it('searches and opens a result with the keyboard only, with a visible focus ring', async () => {
    const keyboardPage = await ui.newPage();
    await keyboardPage.goto(`${ui.url}/`);
    const focused = () => keyboardPage.evaluate(() => ({ id: document.activeElement?.id, text: (document.activeElement as HTMLElement | null)?.innerText ?? '', outline: getComputedStyle(document.activeElement!).outlineStyle }));
    for (let presses = 0; (await focused()).id !== 'search-q'; presses++) {
      assert.ok(presses < 8, 'the search box is reached with Tab');
      await keyboardPage.keyboard.press('Tab');
    }
    await keyboardPage.keyboard.type('Chemezov');
    await keyboardPage.keyboard.press('Enter');
    await keyboardPage.locator('table.results a').first().waitFor();
    for (let presses = 0; (await focused()).text !== CHEMEZOV.caption; presses++) {
      assert.ok(presses < 4, 'the first result is reached with Tab');
      await keyboardPage.keyboard.press('Tab');
    }
    assert.equal((await focused()).outline, 'solid');
    await keyboardPage.keyboard.press('Enter');
    await keyboardPage.waitForURL(`**/#/entity/${CHEMEZOV.id}`);
    // The address changes before the entity page has fetched the entity: wait for its header.
    await keyboardPage.locator('h1', { hasText: CHEMEZOV.caption }).waitFor();
    assert.equal(await keyboardPage.locator('h1').innerText(), CHEMEZOV.caption);
    await screenshot(keyboardPage, '7-keyboard-entity');
  });
});
