/** Cardinal number words, lower case. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions',
  'billion', 'billions', 'dozen', 'dozens',
]);

/** Words that scale a number: "2 million", "hundreds of". */
export const SCALE_WORDS: ReadonlySet<string> = new Set([
  'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion',
  'dozen', 'dozens',
]);

const ORDINAL_WORDS = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth',
]);

/** True for "three", "twenty-five", "hundreds". */
export function isNumberWord(word: string): boolean {
  return word.split('-').every((part) => NUMBER_WORDS.has(part));
}

/** True for "16th", "2nd", "first", "Twentieth". */
export function isOrdinal(word: string): boolean {
  return /^\d+(?:st|nd|rd|th)$/i.test(word) || ORDINAL_WORDS.has(word.toLowerCase());
}
