import { placeNamed } from './extract-place-index';

// Capitals that are words, not abbreviations: headline and marking words,
// and Roman numerals up to 39.
const NOT_ACRONYMS = new Set([
  'I', 'A', 'OK', 'AM', 'PM', 'BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'PHOTO', 'PHOTOS', 'VIDEO', 'NOTE',
  'UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TOP', 'OFFICIAL', 'SENSITIVE', 'PROTECTED', 'COSMIC',
]);
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * True for a token written like an abbreviation in Latin capitals: ("ADMM", "UN", "QĐND"),
 * capitals with digits ("A4P", "G20"), or a capitalised stem with a suffix
 * ("ADMM-Plus", "COVID-19"). Not for Roman numerals, shouted words, place
 * names in capitals ("TOKYO") or words with Vietnamese tone marks.
 */
export function isAcronymLike(token: string): boolean {
  const stem = (token.split('-')[0] ?? '').replace(/&/g, '');
  if (stem.length < 2 || stem.length > 10 || stem !== stem.toUpperCase()) return false;
  if (!/^[A-ZĐ][A-ZĐ0-9]+$/.test(stem) || /[\u0300-\u036f]/.test(token.normalize('NFD'))) return false;
  const capitals = stem.replace(/[0-9]/g, '').length;
  const hasDigit = capitals < stem.length;
  if (capitals < 2 && !(capitals >= 1 && hasDigit)) return false;
  if (NOT_ACRONYMS.has(token) || ROMAN_NUMERAL.test(token)) return false;
  return token.length <= 3 || placeNamed([token]) === null;
}

/** True for a paragraph line written all in capitals, like a headline: its words are not acronyms. */
export function isShoutedLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toUpperCase() && /\s/.test(line.trim());
}
