/**
 * The checksum that identifies a snapshot's source: SHA-256 of the file for one-file
 * sources (so it equals the checksum of a downloaded file), and for folders SHA-256 over
 * "<name> <sha256>" lines of its files in name order.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';

export async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function sourceChecksum(files: readonly string[]): Promise<string> {
  if (files.length === 1) return fileSha256(files[0]!);
  const lines: string[] = [];
  for (const file of [...files].sort()) lines.push(`${basename(file)} ${await fileSha256(file)}`);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
