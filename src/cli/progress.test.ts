/** The terminal progress bar: what one line shows, and when it is redrawn. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createProgressBar, progressLine } from './progress.js';

describe('progress bar', () => {
  it('shows bytes against the total, or bytes alone without one', () => {
    assert.equal(progressLine('us_ofac_sdn sdn.csv', 524_288, 2_097_152), 'us_ofac_sdn sdn.csv [######------------------] 512 KB / 2.0 MB 25%');
    assert.equal(progressLine('eu_fsf eu-fsf.xml', 3_145_728), 'eu_fsf eu-fsf.xml 3.0 MB');
  });

  it('redraws in place at most every 100 ms, and starts a new line for the next file', () => {
    let clock = 0;
    const written: string[] = [];
    const bar = createProgressBar((text) => written.push(text), () => clock);
    bar.update('a.csv', 10, 100);
    clock = 50;
    bar.update('a.csv', 20, 100);
    bar.update('a.csv', 100, 100);
    bar.update('b.csv', 5);
    bar.end();
    const lines = written.map((text) => text.trimEnd());
    assert.deepEqual(lines, ['\ra.csv [##----------------------] 0 KB / 0 KB 10%', '\ra.csv [########################] 0 KB / 0 KB 100%', '', '\rb.csv 0 KB', '']);
  });
});
