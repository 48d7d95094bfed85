import { decodeSingleByte } from './single-byte-code-pages';
import { guessVietnameseCodePage } from './guess-vietnamese-code-page';

/** The character encodings an article file may be written in. */
export type ArticleEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1258';

/** The largest article file the importer reads; news articles are a few kilobytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface DecodedArticle {
  /** The text, NFC, without a byte-order mark. */
  text: string;
  encoding: ArticleEncoding;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function encodingFromBom(bytes: Uint8Array): ArticleEncoding | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/** UTF-16 without a byte-order mark: plain-text articles then have a zero byte in most Latin characters. */
function encodingFromZeroBytes(bytes: Uint8Array): ArticleEncoding | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 8) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] === 0) {
      if (i % 2 === 0) zeroEven += 1;
      else zeroOdd += 1;
    }
  }
  const half = sample.length / 2;
  if (zeroOdd > half * 0.4 && zeroEven < half * 0.05) return 'utf-16le';
  if (zeroEven > half * 0.4 && zeroOdd < half * 0.05) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function detectEncoding(bytes: Uint8Array): ArticleEncoding {
  return encodingFromBom(bytes) ?? encodingFromZeroBytes(bytes) ?? (isUtf8(bytes) ? 'utf-8' : guessVietnameseCodePage(bytes));
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length & ~1);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] as number;
    swapped[i + 1] = bytes[i] as number;
  }
  return swapped;
}

function decodeAs(bytes: Uint8Array, encoding: ArticleEncoding): string {
  switch (encoding) {
    case 'utf-8':
    case 'utf-16le':
      return new TextDecoder(encoding).decode(bytes);
    case 'utf-16be':
      // Not every runtime's TextDecoder knows utf-16be; swapped, it is utf-16le.
      return new TextDecoder('utf-16le').decode(swapBytePairs(bytes));
    case 'windows-1252':
    case 'windows-1258':
      return decodeSingleByte(bytes, encoding);
  }
}

/**
 * Turns an article file's bytes into NFC text. With 'auto', a byte-order mark decides,
 * then UTF-8 if the bytes are valid UTF-8, else Windows-1258 or Windows-1252, whichever
 * reads more like Vietnamese. NFC composes 1258's separate tone marks ("e" + U+0301 → "é").
 */
export function decodeArticleBytes(bytes: Uint8Array, encoding: ArticleEncoding | 'auto' = 'auto'): DecodedArticle {
  const chosen = encoding === 'auto' ? detectEncoding(bytes) : encoding;
  const text = decodeAs(bytes, chosen).replace(/^\uFEFF/, '').normalize('NFC');
  return { text, encoding: chosen };
}
