import { isAcronymLike } from './extract-acronym-tokens';
import { findLongForm, type LongForm } from './extract-long-form';
import { stripPossessive } from './extract-words';

/** "Experts' Working Group on Peacekeeping Operations (EWG PKO)": a short form the article expands. */
export interface AcronymDefinition extends LongForm {
  short: string;
}

const PARENTHESES = /\(([^()]{1,120})\)/g;

function isShortForm(text: string): boolean {
  if (text.length < 2 || text.length > 10) return false;
  return text.split(' ').every((token) => isAcronymLike(token));
}

// The words a long form may come from: those just before the parenthesis,
// within the clause, at most min(|SF| + 5, 2|SF|) of them.
function candidateBefore(text: string, short: string): string {
  const clause = text.split(/[;:()[\]]|[.!?]\s+(?=\p{Lu})/u).pop() ?? '';
  const limit = Math.min(short.length + 5, short.length * 2);
  return clause.trim().split(/\s+/).slice(-limit).join(' ');
}

/** The acronyms a paragraph defines, as "long form (SF)" or "SF (long form)". */
export function findDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const match of text.matchAll(PARENTHESES)) {
    const inside = (match[1] ?? '').trim().replace(/\s+/g, ' ');
    // Long forms are a few words: the last few hundred characters are enough to look at.
    const before = text.slice(Math.max(0, match.index - 300), match.index);
    if (isShortForm(inside)) {
      const longForm = findLongForm(inside, candidateBefore(before, inside));
      if (longForm) found.push({ short: inside, ...longForm });
      continue;
    }
    const previous = /([\p{L}\p{N}][\p{L}\p{N}&’'-]*)\s*$/u.exec(before)?.[1];
    const short = previous === undefined ? '' : stripPossessive(previous);
    if (!isAcronymLike(short) || inside.split(' ').length < 2) continue;
    const longForm = findLongForm(short, inside);
    // The long form should be (nearly) all of the parenthesis, not its tail.
    if (longForm && longForm.long.split(' ').length >= inside.split(' ').length - 1) found.push({ short, ...longForm });
  }
  return found;
}
