/**
 * Decodes a byte stream to text strictly: invalid bytes are an error naming the file and
 * line, never silently replaced. Also drops what official files wrap around their content:
 * a UTF-8 byte-order mark and OFAC's trailing Ctrl-Z (0x1A) end-of-file byte.
 */
import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';
import { SourceFormatError } from '../../model/errors.js';

export type TextEncoding = 'utf-8' | 'windows-1252';

export interface DecodeOptions {
  format: string;
  encoding: TextEncoding;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Yields decoded text chunks of `file`; throws SourceFormatError on bytes the encoding rejects. */
export async function* readTextChunks(file: string, options: DecodeOptions): AsyncGenerator<string> {
  const decoder = options.encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : null;
  let line = 1;
  let isFirst = true;
  for await (const chunk of createReadStream(file)) {
    const bytes = chunk as Buffer;
    let text: string;
    try {
      text = decoder ? decoder.decode(bytes, { stream: true }) : iconv.decode(bytes, 'win1252');
    } catch (cause) {
      const lossy = bytes.toString('utf8');
      const badAt = Math.max(0, lossy.indexOf('\ufffd'));
      throw new SourceFormatError(
        options.format,
        { file, line: line + countNewlines(lossy.slice(0, badAt)) },
        'not valid UTF-8; the file is in another encoding or damaged',
        { cause },
      );
    }
    if (!decoder) checkWindows1252(bytes, { file, format: options.format, line });
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      throw new SourceFormatError(
        options.format,
        { file, line: line + countNewlines(text.slice(0, nul)) },
        'contains NUL characters; the file is binary or UTF-16, expected a text file',
      );
    }
    line += countNewlines(text);
    if (isFirst && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    isFirst = false;
    // Only OFAC's end-of-file marker is dropped; a 0x1A inside a chunk ending is the same marker.
    yield text.replace(/\u001a+$/, '');
  }
  if (decoder) {
    try {
      decoder.decode();
    } catch (cause) {
      throw new SourceFormatError(options.format, { file, line }, 'ends in the middle of a UTF-8 character', { cause });
    }
  }
}

// Five byte values have no character in Windows-1252; a file containing them is not in that encoding.
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function checkWindows1252(bytes: Buffer, at: { file: string; format: string; line: number }): void {
  const bad = bytes.findIndex((byte) => UNDEFINED_IN_WINDOWS_1252.has(byte));
  if (bad < 0) return;
  throw new SourceFormatError(
    at.format,
    { file: at.file, line: at.line + countNewlines(bytes.subarray(0, bad).toString('latin1')) },
    `byte 0x${bytes[bad]!.toString(16)} is not a Windows-1252 character; the file is in another encoding or damaged`,
  );
}
