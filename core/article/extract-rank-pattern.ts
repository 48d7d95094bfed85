import { LETTERS } from './extract-letters';
import { RANKS } from './extract-titles';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Vietnamese ranks are also written in lower case mid-sentence ("đại tá", "bà").
const WRITTEN = RANKS.flatMap((rank) =>
  /[^\p{ASCII}]/u.test(rank) ? [rank, (rank[0] ?? '').toLowerCase() + rank.slice(1)] : [rank],
).sort((a, b) => b.length - a.length);

const ALTERNATIVES = WRITTEN.map((rank) => escape(rank).replace(/ /g, '\\s+')).join('|');


/** A rank or honorific before a word: "Col. Nguyen", "Sr. Lt. Gen. Hoang", "Đại tá Nguyễn". For `matchAll`; check the word is capitalised. */
export const RANK_BEFORE_WORD = new RegExp(`(?<![${LETTERS}.])(?:${ALTERNATIVES})(?=\\s+[^\\s])`, 'g');

const RANK_HERE = new RegExp(`(?:${ALTERNATIVES})(?=\\s+[^\\s])`, 'y');

/** The rank written at exactly this offset, when a capitalised word follows it; else null. */
export function rankAt(text: string, offset: number): string | null {
  RANK_HERE.lastIndex = offset;
  const rank = RANK_HERE.exec(text)?.[0] ?? null;
  return rank !== null && /^\s+\p{Lu}/u.test(text.slice(offset + rank.length, offset + rank.length + 8)) ? rank : null;
}
