/**
 * A progress bar per download for a person at a terminal: one line redrawn in place with \r
 * (bytes so far / total from Content-Length), at most every REDRAW_MS, and a new line when
 * the next file starts.
 */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;
const LINE_WIDTH = 100;

function size(bytes: number): string {
  return bytes < 1_048_576 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** `label [#########---------------] 1.2 MB / 3.4 MB 35%`, or `label 1.2 MB` without a total. */
export function progressLine(label: string, bytes: number, totalBytes?: number): string {
  if (totalBytes === undefined || totalBytes === 0) return `${label} ${size(bytes)}`;
  const share = Math.min(1, bytes / totalBytes);
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}`;
  return `${label} [${bar}] ${size(bytes)} / ${size(totalBytes)} ${Math.floor(share * 100)}%`;
}

export interface ProgressBar {
  update(label: string, bytes: number, totalBytes?: number): void;
  /** Ends the current line, if any. */
  end(): void;
}

export function createProgressBar(write: (text: string) => void, now: () => number = Date.now): ProgressBar {
  let current: string | undefined;
  let drawnAt = 0;
  return {
    update(label, bytes, totalBytes) {
      const isNewFile = label !== current;
      const isComplete = totalBytes !== undefined && bytes >= totalBytes;
      if (!isNewFile && !isComplete && now() - drawnAt < REDRAW_MS) return;
      if (isNewFile && current !== undefined) write('\n');
      current = label;
      drawnAt = now();
      write(`\r${progressLine(label, bytes, totalBytes).padEnd(LINE_WIDTH).slice(0, LINE_WIDTH)}`);
    },
    end() {
      if (current !== undefined) write('\n');
      current = undefined;
    },
  };
}
