/**
 * The UK consolidated list CSV is published in Windows-1252 (0x92 for ’) and says nothing
 * about its encoding. A copy re-saved by a spreadsheet or editor is often UTF-8 instead;
 * decoding that as Windows-1252 would silently turn "’" into "â€™" in names. UTF-8 is
 * self-checking: a file that decodes as strict UTF-8 and contains multi-byte sequences is
 * practically never Windows-1252 text (that would need letter sequences like "â€™" in the
 * original), so such a file (or one with a UTF-8 byte-order mark) is read as UTF-8.
 */
import { createReadStream } from 'node:fs';
import type { TextEncoding } from './text-decoding.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export async function detectUkListEncoding(file: string): Promise<TextEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let hasMultiByte = false;
  let isFirst = true;
  for await (const chunk of createReadStream(file)) {
    const bytes = chunk as Buffer;
    if (isFirst && UTF8_BOM.every((byte, i) => bytes[i] === byte)) return 'utf-8';
    isFirst = false;
    hasMultiByte ||= bytes.some((byte) => byte >= 0x80);
    try {
      decoder.decode(bytes, { stream: true });
    } catch {
      return 'windows-1252';
    }
  }
  try {
    decoder.decode();
  } catch {
    return 'windows-1252';
  }
  return hasMultiByte ? 'utf-8' : 'windows-1252';
}
