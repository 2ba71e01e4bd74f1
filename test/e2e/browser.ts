/**
 * What the browser tests share: Debian's Chromium driven by playwright-core (no downloaded
 * browser build), the API server over the test snapshots serving the built UI from dist/web,
 * and full-page screenshots written to test-output/screenshots/. A missing Chromium or an
 * unbuilt UI fails the suite with what to do about it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { LoadRequest } from '../../src/service/ingest.js';
import type { Store } from '../../src/store/store.js';
import { serveOverSnapshots } from '../support/api.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

// dist/test/e2e/browser.js -> dist/web, written by `npm run build`.
export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-output/screenshots', import.meta.url));

export interface UiUnderTest {
  readonly url: string;
  /** The store the server reads, for setting up what a test needs (API keys). */
  readonly store: Store;
  readonly browser: Browser;
  /** A new page (its own context) at 1280 px wide, failing on any uncaught page error. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** The UI over a server with `loads` recorded (default: the API tests' snapshots). */
export async function startUi(loads?: readonly LoadRequest[]): Promise<UiUnderTest> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`the browser tests need Debian's Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error(`the web UI is not built in ${WEB_ROOT}: run npm run build`);
  const [served, browser] = await Promise.all([serveOverSnapshots(loads, WEB_ROOT), chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })]);
  const pageErrors: Error[] = [];
  return {
    url: served.server.url,
    store: served.store,
    browser,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error));
      return page;
    },
    async close() {
      await browser.close();
      await served.close();
      if (pageErrors.length > 0) throw new Error(`uncaught errors in the page: ${pageErrors.map((e) => e.message).join('; ')}`);
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
