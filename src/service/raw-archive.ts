/**
 * The raw archive of `update`: every distinct downloaded source kept byte for byte, so a past
 * snapshot can be loaded again from exactly the bytes it came from, and a manifest of every
 * attempt. Layout under the raw folder:
 *
 *   <dataset>/<sha256 prefix>-<file>     one-file sources (e.g. 3f2a…-consolidated.xml)
 *   <dataset>/<checksum prefix>/<files>  folder sources (ofac-csv: sdn.csv, add.csv, …)
 *   <dataset>/downloads.jsonl            one JSON line per attempt (time, URLs, SHA-256,
 *                                        bytes, Last-Modified, result and message)
 *   <dataset>/.download-*                a download in progress; removed when it ends
 *
 * Downloads go to a folder inside <dataset>/ so that keeping one is a rename on the same file
 * system: a kept file is always complete.
 */
import { appendFile, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const PREFIX_LENGTH = 16;

export type ManifestResult = 'loaded' | 'unchanged' | 'refused' | 'conflict' | 'failed';

export interface ManifestFile {
  readonly url: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly lastModified?: string;
}

export interface ManifestEntry {
  readonly time: string;
  readonly dataset: string;
  readonly format: string;
  readonly result: ManifestResult;
  readonly message?: string;
  readonly asOf?: string;
  /** The snapshot checksum (service/checksum.ts) of the downloaded source. */
  readonly checksum?: string;
  /** Where the raw source is kept. */
  readonly path?: string;
  readonly files: readonly ManifestFile[];
}

export class RawArchive {
  constructor(private readonly rawDir: string) {}

  datasetDir(dataset: string): string {
    return join(this.rawDir, dataset);
  }

  /** A new, empty folder to download into. */
  async newDownloadDir(dataset: string): Promise<string> {
    await mkdir(this.datasetDir(dataset), { recursive: true });
    return mkdtemp(join(this.datasetDir(dataset), '.download-'));
  }

  async discard(downloadDir: string): Promise<void> {
    await rm(downloadDir, { recursive: true, force: true });
  }

  /**
   * Moves a finished download into the archive under its checksum and returns the path to
   * load: the file itself when `file` is given, else the folder. When the same bytes are
   * already kept, the download is dropped and the kept copy is returned.
   */
  async keep(dataset: string, downloadDir: string, args: { checksum: string; file?: string }): Promise<string> {
    const prefix = args.checksum.slice(0, PREFIX_LENGTH);
    const target = join(this.datasetDir(dataset), args.file === undefined ? prefix : `${prefix}-${args.file}`);
    if (await exists(target)) {
      await this.discard(downloadDir);
      return target;
    }
    if (args.file === undefined) return rename(downloadDir, target).then(() => target);
    await rename(join(downloadDir, args.file), target);
    await this.discard(downloadDir);
    return target;
  }

  async record(entry: ManifestEntry): Promise<void> {
    await mkdir(this.datasetDir(entry.dataset), { recursive: true });
    await appendFile(join(this.datasetDir(entry.dataset), 'downloads.jsonl'), `${JSON.stringify(entry)}\n`);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
