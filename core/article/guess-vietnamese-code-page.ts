import { decodeSingleByte, type SingleByteCodePage } from './single-byte-code-pages';

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const VIETNAMESE_VOWELS = new Set([...'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY']);
const LETTER = /\p{L}/u;

function isLetter(char: string | undefined): boolean {
  return char !== undefined && LETTER.test(char);
}

/**
 * How much more plausible the Windows-1258 reading is than the Windows-1252 one,
 * judged only where the two differ: tone marks after vowels and "đ" starting a word
 * speak for Vietnamese; marks after consonants, or Š Ž š ž (undefined in 1258), against.
 */
function vietnameseLead(western: string, vietnamese: string): number {
  let lead = 0;
  for (let i = 0; i < vietnamese.length; i += 1) {
    const v = vietnamese[i] as string;
    const w = western[i] as string;
    if (v === w) continue;
    const before = vietnamese[i - 1];
    const after = vietnamese[i + 1];
    if (TONE_MARKS.has(v)) {
      lead += before !== undefined && VIETNAMESE_VOWELS.has(before) ? 2 : -2;
      if (isLetter(western[i - 1]) && isLetter(western[i + 1])) lead -= 1;
    } else if (v === 'đ' || v === 'Đ') {
      lead += !isLetter(before) && isLetter(after) ? 1 : -1;
    } else if (v === 'ă' || v === 'ơ') {
      if (after !== undefined && /[oeas]/.test(after)) lead -= 1;
    } else if (v === '₫') {
      lead += before !== undefined && /[\d ]/.test(before) ? 1 : -1;
    } else if (v.charCodeAt(0) < 0xa0) {
      lead -= 3;
    }
  }
  return lead;
}

/** Picks the legacy code page a non-UTF-8 file was most likely written in. */
export function guessVietnameseCodePage(bytes: Uint8Array): SingleByteCodePage {
  const western = decodeSingleByte(bytes, 'windows-1252');
  const vietnamese = decodeSingleByte(bytes, 'windows-1258');
  return vietnameseLead(western, vietnamese) > 0 ? 'windows-1258' : 'windows-1252';
}
