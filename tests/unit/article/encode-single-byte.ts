import { decodeSingleByte, type SingleByteCodePage } from '../../../core/article/single-byte-code-pages';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * The bytes of `text` in a Windows code page, for tests. For Windows-1258 a toned vowel
 * without a byte of its own is written as base letter + combining tone mark, as Windows does.
 */
export function encodeSingleByte(text: string, codePage: SingleByteCodePage): Uint8Array {
  const all = new Uint8Array(256).map((_, i) => i);
  const decoded = decodeSingleByte(all, codePage);
  const byteOf = new Map([...decoded].map((char, byte) => [char, byte]));
  const bytes: number[] = [];
  const put = (char: string): void => {
    const byte = byteOf.get(char);
    if (byte === undefined) throw new Error(`${codePage} has no byte for ${char}`);
    bytes.push(byte);
  };
  for (const char of text.normalize('NFC')) {
    if (byteOf.has(char) || codePage !== 'windows-1258') {
      put(char);
      continue;
    }
    const parts = [...char.normalize('NFD')];
    put(parts.filter((part) => !TONE_MARKS.test(part)).join('').normalize('NFC'));
    parts.filter((part) => TONE_MARKS.test(part)).forEach(put);
  }
  return new Uint8Array(bytes);
}
