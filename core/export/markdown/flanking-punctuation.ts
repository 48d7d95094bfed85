import type { DocumentNode } from '../../document/note-file';

/** Marks written with `*`, `**` or `~~`: CommonMark only reads them where their delimiters are "flanking". */
const DELIMITED = new Set(['bold', 'italic', 'strike']);
const PUNCTUATION = /^[\p{P}\p{S}]+/u;
const TRAILING_PUNCTUATION = /[\p{P}\p{S}]+$/u;
const WORD_CHAR = /[^\s\p{P}\p{S}]/u;

function delimited(node: DocumentNode | undefined): Set<string> {
  return new Set((node?.marks ?? []).map((mark) => mark.type).filter((type) => DELIMITED.has(type)));
}

/** The character Markdown will see next to a node: a footnote marker ends and starts with punctuation, a break is a line end. */
function edgeChar(node: DocumentNode | undefined, side: 'first' | 'last'): string {
  if (!node || node.type === 'hardBreak') return ' ';
  if (node.type !== 'text') return ']';
  const text = node.text ?? '';
  return (side === 'first' ? text[0] : text.at(-1)) ?? ' ';
}

function withoutMarks(node: DocumentNode, text: string, dropped: Set<string>): DocumentNode {
  const marks = (node.marks ?? []).filter((mark) => !dropped.has(mark.type));
  const piece: DocumentNode = { ...node, text };
  delete piece.marks;
  return marks.length ? { ...piece, marks } : piece;
}

/** The run at the start (or end) of `text` to write outside an opening (or closing) delimiter, given the character beyond it. */
function edgeRun(text: string, beyond: string, side: 'lead' | 'trail'): string {
  const space = (side === 'lead' ? /^\s+/ : /\s+$/).exec(text)?.[0];
  if (space) return space;
  const punctuation = (side === 'lead' ? PUNCTUATION : TRAILING_PUNCTUATION).exec(text)?.[0] ?? '';
  return punctuation && WORD_CHAR.test(beyond) ? punctuation : '';
}

/**
 * `a**(b)**` is not bold in CommonMark: a delimiter between a letter and
 * punctuation (or next to a space) does not open or close emphasis, and the
 * asterisks would come back as text. Such punctuation and spaces are written
 * outside the mark instead: they lose their bold, but no text is altered.
 */
export function keepDelimitersFlanking(children: DocumentNode[]): DocumentNode[] {
  const out: DocumentNode[] = [];
  children.forEach((node, i) => {
    if (node.type !== 'text' || !node.text) {
      out.push(node);
      return;
    }
    const own = delimited(node);
    const opening = new Set([...own].filter((type) => !delimited(out.at(-1)).has(type)));
    const closing = new Set([...own].filter((type) => !delimited(children[i + 1]).has(type)));
    let text = node.text;
    let before = edgeChar(out.at(-1), 'last');
    for (let run = opening.size ? edgeRun(text, before, 'lead') : ''; run; run = edgeRun(text, before, 'lead')) {
      out.push(withoutMarks(node, run, new Set([...opening, ...(run === text ? closing : [])])));
      text = text.slice(run.length);
      before = run.at(-1)!;
    }
    const tail: DocumentNode[] = [];
    let after = edgeChar(children[i + 1], 'first');
    for (let run = closing.size ? edgeRun(text, after, 'trail') : ''; run; run = edgeRun(text, after, 'trail')) {
      tail.unshift(withoutMarks(node, run, new Set([...closing, ...(run === text ? opening : [])])));
      text = text.slice(0, text.length - run.length);
      after = run[0]!;
    }
    if (text) out.push({ ...node, text });
    out.push(...tail);
  });
  return out;
}
