import { parseWholeDate, type DateMention } from './article-date';
import { KNOWN_AGENCY_PATTERN, publisherName } from './news-agencies';

/** The opening of a news paragraph that says where and by whom it was filed. */
export interface Dateline {
  /** As written, without the text after it: "Hanoi (VNA) –". */
  written: string;
  /** "Hanoi"; "HÀ NỘI" comes out as "Hà Nội". Null for "VOV.VN -". */
  place: string | null;
  publisher: string | null;
  /** "Oct. 11" in "TOKYO, Oct. 11 (Kyodo) -". */
  date: DateMention | null;
  /** The paragraph after the dateline. */
  rest: string;
}

const WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const PLACE = `${WORD}(?: ${WORD}){0,4}`;
const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]+";
const CAPS_PLACE = `${CAPS_WORD}(?: ${CAPS_WORD}){0,4}`;
const AGENCY = '\\p{Lu}[\\p{L}\\p{M}.&/-]*(?: \\p{Lu}[\\p{L}\\p{M}.&/-]*){0,2}';
const DATE = '[^()–—]{1,30}?';
// A hyphen needs a space on one side, so "TOKYO-based" is not a dateline.
const DASH = '(?:\\s+[-–—]+\\s*|\\s*[–—]+\\s*|\\s*[-–—]+\\s+|\\s*[-–—]+$)';

const DATELINES = [
  // "Hanoi (VNA) –", "Ho Chi Minh City (VNA) -", "TOKYO, Oct. 11 (Kyodo) -"
  new RegExp(`^(?<place>${PLACE})(?:\\s*,\\s*(?<date>${DATE}))?\\s*\\((?<agency>${AGENCY})\\)\\s*[-–—:]+\\s*`, 'u'),
  // "(QĐND) -"
  new RegExp(`^\\((?<agency>${AGENCY})\\)\\s*[-–—:]+\\s*`, 'u'),
  // "VOV.VN -"
  new RegExp(`^(?<agency>\\p{Lu}[\\p{L}]*\\.(?:VN|vn|Vn))${DASH}`, 'u'),
  // "VNA -", "Kyodo –"
  new RegExp(`^(?<agency>${KNOWN_AGENCY_PATTERN})${DASH}`, 'u'),
  // "HÀ NỘI —", "WASHINGTON, Oct 11 -"
  new RegExp(`^(?<place>${CAPS_PLACE})(?:\\s*,\\s*(?<date>${DATE}))?${DASH}`, 'u'),
  // "Hà Nội, 11/10/2022 -"
  new RegExp(`^(?<place>${PLACE})\\s*,\\s*(?<date>${DATE})${DASH}`, 'u'),
];

function titleCaseWord(word: string): string {
  if (/^(?:\p{Lu}\.)+$/u.test(word)) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** "HÀ NỘI" → "Hà Nội", "BÀ RỊA-VŨNG TÀU" → "Bà Rịa-Vũng Tàu"; mixed case is kept as written. */
export function placeName(written: string): string {
  if (/\p{Ll}/u.test(written)) return written;
  return written.split(/([\s-]+)/u).map(titleCaseWord).join('');
}

/** The dateline at the start of `paragraph`, or null when it does not open with one. */
export function readDateline(paragraph: string): Dateline | null {
  for (const pattern of DATELINES) {
    const match = pattern.exec(paragraph);
    if (!match?.groups) continue;
    const { place, agency, date: dateText } = match.groups;
    const date = dateText === undefined ? null : parseWholeDate(dateText);
    if (dateText !== undefined && date === null) continue;
    if (place !== undefined && place.replace(/[^\p{L}]/gu, '').length < 3) continue;
    return {
      written: match[0].trim(),
      place: place === undefined ? null : placeName(place),
      publisher: agency === undefined ? null : publisherName(agency),
      date,
      rest: paragraph.slice(match[0].length),
    };
  }
  return null;
}
