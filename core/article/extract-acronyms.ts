import type { AcronymFact } from './extraction';
import { isAcronymLike, isShoutedLine } from './extract-acronym-tokens';
import { findDefinitions } from './extract-acronym-definitions';
import { LETTERS } from './extract-letters';
import { MentionCollector } from './extract-mentions';
import { readWords, stripPossessive } from './extract-words';

/** The acronyms of an article, and which expansions the article states outright. */
export interface AcronymReading {
  facts: AcronymFact[];
  /** Short form → long form, for the definitions written out ("long form (SF)"), not those derived from a longer one. */
  defined: ReadonlyMap<string, string>;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readDefinitions(paragraphs: readonly string[]): { defined: Map<string, string>; parts: Map<string, string> } {
  const defined = new Map<string, string>();
  const parts = new Map<string, string>();
  for (const text of paragraphs) {
    for (const definition of findDefinitions(text)) {
      if (!defined.has(definition.short)) defined.set(definition.short, definition.long);
      for (const [token, long] of definition.parts) if (!parts.has(token)) parts.set(token, long);
    }
  }
  return { defined, parts };
}

function patternFor(short: string): RegExp {
  return new RegExp(`(?<![${LETTERS}])${short.split(' ').map(escape).join('\\s+')}(?![${LETTERS}])`, 'g');
}

// Where a defined short form of several words ("EWG PKO") occurs, so its words are not counted again alone.
function multiWordSpans(text: string, patterns: ReadonlyMap<string, RegExp>): Array<{ short: string; start: number; end: number }> {
  const spans: Array<{ short: string; start: number; end: number }> = [];
  for (const [short, pattern] of patterns) {
    for (const match of text.matchAll(pattern)) spans.push({ short, start: match.index, end: match.index + match[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

// "VN" in "VOV.VN" is the end of a web address, not an acronym.
function isDomainEnding(text: string, start: number): boolean {
  return text[start - 1] === '.' && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '');
}

// "ADMM-Plus" when the article expands "ADMM": "ASEAN Defence Ministers' Meeting-Plus".
function expandSuffixed(short: string, expand: (short: string) => string | null): string | null {
  const hyphen = short.indexOf('-');
  const stem = hyphen > 0 ? expand(short.slice(0, hyphen)) : null;
  return stem === null ? null : stem + short.slice(hyphen);
}

/**
 * Finds the acronyms an article uses: those it defines ("long form (SF)",
 * "SF (long form)", by the Schwartz–Hearst algorithm), and every other
 * abbreviation it uses, with the expansion when the article gives one
 * anywhere, else `long: null`.
 */
export function readAcronyms(paragraphs: readonly string[]): AcronymReading {
  const { defined, parts } = readDefinitions(paragraphs);
  const multiWord = new Map([...defined.keys()].filter((short) => short.includes(' ')).map((short) => [short, patternFor(short)]));
  const acronyms = new MentionCollector<{ short: string; long: string | null }>();
  const expand = (short: string): string | null => defined.get(short) ?? parts.get(short) ?? null;
  const note = (short: string, paragraph: number): void => {
    acronyms.note(short, paragraph, () => ({ short, long: expand(short) ?? expandSuffixed(short, expand) }));
  };
  paragraphs.forEach((text, paragraph) => {
    const lines = text.split('\n').map((line) => (isShoutedLine(line) ? ' '.repeat(line.length) : line));
    const readable = lines.join('\n');
    const spans = multiWordSpans(readable, multiWord);
    for (const span of spans) note(span.short, paragraph);
    let next = 0;
    let coveredTo = 0;
    for (const word of readWords(readable)) {
      for (let span = spans[next]; span && span.start < word.end; span = spans[++next]) coveredTo = Math.max(coveredTo, span.end);
      if (word.start < coveredTo) continue;
      const token = stripPossessive(word.text);
      if (readable.startsWith('$', word.end) || isDomainEnding(readable, word.start) || !isAcronymLike(token)) continue;
      note(token, paragraph);
    }
  });
  return { facts: acronyms.facts((fact) => fact.short), defined };
}

/** The acronyms an article uses, each with its expansion or `long: null` when the article never gives one. */
export function extractAcronyms(paragraphs: readonly string[]): AcronymFact[] {
  return readAcronyms(paragraphs).facts;
}
