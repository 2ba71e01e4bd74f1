/**
 * The Lobbying and Articles pages in Debian's Chromium over the real API (OFAC SDN 2021-06-29 +
 * FARA 2021-06-25): Deripaska's representation by Endeavor Law Firm linked to his SDN listing,
 * on the Lobbying page and on his entity page;
 * the Rostec article of 2025-06 with Chemezov highlighted as listed and the lifting of his
 * sanctions as an event; and a wrong API key in the footer setting turning into a 401 message
 * that points to the setting. Each page is saved as a screenshot.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ofacSnapshot } from '../support/ofac-files.js';
import { sharedData } from '../support/paths.js';
import { screenshot, startUi, type UiUnderTest } from './browser.js';

const ROSTEC_ARTICLE = sharedData('articles', '2025-06-rostec-chemezov-sanctions-lifting.txt');

describe('Lobbying and Articles pages in Chromium', () => {
  let ui: UiUnderTest;
  let page: Page;
  before(async () => {
    ui = await startUi([ofacSnapshot('2021-06-29'), { format: 'fara-csv', path: sharedData('fara', '2021-06-25'), asOf: '2021-06-25' }]);
    page = await ui.newPage();
    page.setDefaultTimeout(30_000);
    // The first /lobbying request links every principal to the lists (seconds of CPU on the
    // server's one thread); made here so the page's first load does not wait behind it.
    assert.equal((await fetch(`${ui.url}/lobbying?sanctioned_only=true`)).status, 200);
  });
  after(() => ui?.close());

  it('lists the Russian representations of listed parties: Deripaska by Endeavor Law Firm, not listed while represented', async () => {
    await page.goto(`${ui.url}/#/lobbying`);
    await page.getByRole('link', { name: 'Lobbying' }).waitFor();
    assert.equal(await page.getByLabel('Listed parties only').isChecked(), true);
    await page.getByLabel('Country (code or name)').fill('RU');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/#\/lobbying\?country=RU$/);
    await page.locator('p.summary', { hasText: '3 representations.' }).waitFor();
    const deripaska = page.locator('table.lobbying tbody tr', { hasText: 'Deripaska, Oleg' });
    const cells = await deripaska.locator('td').allInnerTexts();
    assert.deepEqual([cells[0], cells[1], cells[2], cells[3], cells[4], cells[7], cells[8]], ['5934', 'Endeavor Law Firm, PC', 'Deripaska, Oleg', 'RU', '2009-05-08 – 2018-04-05', '2021-06-29 – still listed', '○ No, not listed while represented']);
    assert.equal(await deripaska.getByRole('link').getAttribute('href'), '#/entity/ofac-24283');
    assert.equal(await deripaska.locator('.state-delisted').count(), 1, 'the answer is coloured as well as spelled out');
    await screenshot(page, '8-lobbying');

    await page.getByLabel('Country (code or name)').fill('Atlantis');
    await page.getByRole('button', { name: 'Apply' }).click();
    assert.equal(await page.getByRole('alert').innerText(), 'Error: --country: "Atlantis" is not a country name or code');
  });

  it("shows Deripaska's representation by Endeavor Law Firm on his entity page, linking to the Lobbying page", async () => {
    await page.goto(`${ui.url}/#/entity/ofac-24283`);
    const section = page.getByRole('region', { name: 'Lobbying in the US (FARA)' });
    // Asked after the history, and linking every principal is seconds of CPU on a busy machine.
    const row = section.locator('table.lobbying tbody tr');
    await row.first().waitFor({ timeout: 90_000 });
    assert.equal(await row.count(), 1);
    const cells = await row.locator('td').allInnerTexts();
    assert.deepEqual(cells.slice(0, 6), ['5934', 'Endeavor Law Firm, PC', 'Deripaska, Oleg', 'RU', '2009-05-08 – 2018-04-05', '○ No, not listed while represented']);
    assert.match(cells[6]!, /^(0\.\d\d|1\.00)$/, 'the match score, two decimals');
    assert.equal(await section.getByRole('link').getAttribute('href'), '#/lobbying');
    await screenshot(page, '8b-entity-lobbying');
  });

  it('analyses the Rostec article of 2025-06-30: Chemezov marked listed, linked to ofac-16685, and a lifted event', async () => {
    await page.goto(`${ui.url}/#/analyze`);
    await page.getByLabel('Article text').fill(readFileSync(ROSTEC_ARTICLE, 'utf8'));
    await page.getByLabel('Article date').fill('2025-06-30');
    await page.getByRole('button', { name: 'Analyze' }).click();
    const chemezov = page.locator('.article-text a[href="#/entity/ofac-16685"] mark.mention-listed', { hasText: 'Sergey Chemezov' }).first();
    await chemezov.waitFor();
    assert.equal(await chemezov.getAttribute('title'), 'CHEMEZOV, Sergei: listed, programmes UKRAINE-EO13661');
    assert.equal(await chemezov.textContent(), 'Sergey Chemezov (CHEMEZOV, Sergei: listed, programmes UKRAINE-EO13661)', 'screen readers hear name, status and programmes');
    const lifted = page.locator('ol.article-events li', { has: page.locator('.article-event-lifted') }).first();
    assert.match(await lifted.innerText(), /^lifted /);
    assert.equal(
      await lifted.locator('blockquote').innerText(),
      '"Certainly not directly recruiting Chemezov himself": What threats might selective lifting of sanctions on high-ranking officials bring?"',
    );
    const plans = page.locator('ol.article-events li', { hasText: "Washington's plans to lift sanctions against its head" });
    assert.match(await plans.innerText(), /^lifted Sergey Chemezov\n/);
    assert.equal(await plans.locator('a.event-target').getAttribute('href'), '#/entity/ofac-16685');
    assert.equal(await page.locator('ol.article-events li').count(), 15);
    assert.equal(await page.locator('ul.legend mark').count(), 4);
    await screenshot(page, '9-analyze');
  });

  it('sends the API key set in the footer; a wrong one gives a 401 message pointing to the setting, and clearing it works again', async () => {
    await page.goto(`${ui.url}/#/lobbying?country=RU`);
    await page.getByLabel('API key').fill('letmein');
    await page.getByRole('button', { name: 'Save key' }).click();
    assert.equal(
      await page.getByRole('alert').innerText(),
      'Error: the API key is not valid (expected sr_ followed by 43 characters) — check the API key in the "API key" field at the foot of the page.',
    );
    await page.getByLabel('API key').fill('');
    await page.getByRole('button', { name: 'Save key' }).click();
    await page.locator('p.summary', { hasText: '3 representations.' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('sanctions-radar.api-key')), null);
  });
});
