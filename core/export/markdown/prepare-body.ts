import type { DocumentNode, NoteFile } from '../../document/note-file';
import { citationsIn } from '../../annotations/citation';
import { threadsIn } from '../../annotations/comment-thread';
import type { CommentThread } from '../../annotations/comment-thread';
import type { CommentStyle } from './comment-style';
import { keepDelimitersFlanking } from './flanking-punctuation';
import { citationDefinition, commentDefinition, criticComments } from './footnote-definitions';

/** The body ready to serialize: annotation marks replaced by raw Markdown markers, and the footnotes they refer to. */
export interface PreparedBody {
  doc: DocumentNode;
  /** Raw Markdown for the marker atoms in `doc`, keyed by their `citationId`. */
  markers: Map<string, string>;
  /** Footnote definitions, in order: citations, then comments. */
  footnotes: string[];
}

type JsonMark = NonNullable<DocumentNode['marks']>[number];

/** Marks with no Markdown form: their text is kept, the mark dropped. */
const TEXT_ONLY_MARKS = new Set(['comment', 'highlight', 'underline']);
/** Marks a marker must not carry: a footnote reference inside link text or code would break it. */
const NOT_ON_MARKERS = new Set(['link', 'code']);

function isInline(node: DocumentNode): boolean {
  return node.type === 'text' || node.type === 'citation' || node.type === 'hardBreak';
}

/** Blocks Markdown cannot write twice in a row: two lists of one kind read back as one, two quotes trip markdownlint MD028. */
const JOINED = new Set(['bulletList', 'orderedList', 'blockquote']);

/** Joins adjacent lists of one kind, and adjacent quotes, so that export → import → export is stable. */
function joinAdjacentBlocks(blocks: DocumentNode[]): DocumentNode[] {
  return blocks.reduce<DocumentNode[]>((joined, block) => {
    const previous = joined.at(-1);
    if (previous && JOINED.has(block.type) && previous.type === block.type) {
      joined[joined.length - 1] = { ...previous, content: [...(previous.content ?? []), ...(block.content ?? [])] };
    } else joined.push(block);
    return joined;
  }, []);
}

/**
 * Rewrites a note body for Markdown: numbers citations in order of first
 * appearance, turns each thread's anchored runs into footnote references or
 * CriticMarkup (or drops them), and drops marks Markdown has no syntax for.
 */
export function prepareBody(note: NoteFile, comments: CommentStyle): PreparedBody {
  const citations = new Map(citationsIn(note.annotations).map((citation) => [citation.id, citation]));
  const sources = new Map(note.sources.map((source) => [source.id, source]));
  const threads = new Map(threadsIn(note.annotations).map((thread) => [thread.id, thread]));
  const markers = new Map<string, string>();
  const citationDefinitions: string[] = [];
  const commentDefinitions: string[] = [];
  const citationLabels = new Map<string, string>();
  const threadLabels = new Map<string, string>();
  const citedSources = new Set<string>();

  const marker = (markdown: string, marks: JsonMark[] | undefined): DocumentNode => {
    const citationId = `\u0000marker-${markers.size}`;
    markers.set(citationId, markdown);
    const kept = (marks ?? []).filter((mark) => !NOT_ON_MARKERS.has(mark.type));
    return { type: 'citation', attrs: { citationId, paragraph: 0 }, ...(kept.length ? { marks: kept } : {}) };
  };

  const citationMarker = (node: DocumentNode, marks: JsonMark[] | undefined): DocumentNode => {
    const id = String(node.attrs?.citationId ?? '');
    const citation = citations.get(id);
    const source = citation ? sources.get(citation.sourceId) : undefined;
    if (!citation || !source) return { type: 'text', text: `[¶${String(node.attrs?.paragraph ?? '?')}]`, ...(marks?.length ? { marks } : {}) };
    let label = citationLabels.get(id);
    if (label === undefined) {
      label = String(citationLabels.size + 1);
      citationLabels.set(id, label);
      const paragraph = Number(node.attrs?.paragraph ?? 0);
      citationDefinitions.push(citationDefinition(label, { source, paragraph, quote: citation.selector[0].exact }, !citedSources.has(source.id)));
      citedSources.add(source.id);
    }
    return marker(`[^${label}]`, marks);
  };

  const threadLabel = (thread: CommentThread): string => {
    let label = threadLabels.get(thread.id);
    if (label === undefined) {
      label = `c${threadLabels.size + 1}`;
      threadLabels.set(thread.id, label);
      commentDefinitions.push(commentDefinition(label, thread));
    }
    return label;
  };

  const inlineContent = (children: DocumentNode[]): DocumentNode[] => {
    // A marker between two children carries only the marks both share, so it never splits or widens a bold run.
    const shared = (a: JsonMark[] | undefined, b: JsonMark[] | undefined): JsonMark[] =>
      (a ?? []).filter((mark) => (b ?? []).some((other) => JSON.stringify(other) === JSON.stringify(mark)));
    const threadIds = children.map((child) =>
      (child.marks ?? []).filter((mark) => mark.type === 'comment' && threads.has(String(mark.attrs?.threadId))).map((mark) => String(mark.attrs?.threadId)),
    );
    const kept = children.map((child) => child.marks?.filter((mark) => !TEXT_ONLY_MARKS.has(mark.type)));
    const out: DocumentNode[] = [];
    children.forEach((child, i) => {
      const here = threadIds[i] ?? [];
      const marks = kept[i];
      if (comments === 'criticmarkup') {
        for (const id of here) if (!(threadIds[i - 1] ?? []).includes(id)) out.push(marker('{==', shared(kept[i - 1], marks)));
      }
      if (child.type === 'citation') out.push(citationMarker(child, marks));
      else {
        const rest: DocumentNode = { ...child };
        delete rest.marks;
        out.push(marks?.length ? { ...rest, marks } : rest);
      }
      for (const id of here) {
        if ((threadIds[i + 1] ?? []).includes(id)) continue;
        const thread = threads.get(id)!;
        if (comments === 'footnotes') out.push(marker(`[^${threadLabel(thread)}]`, shared(marks, kept[i + 1])));
        if (comments === 'criticmarkup') out.push(marker(`==}${criticComments(thread)}`, shared(marks, kept[i + 1])));
      }
    });
    return keepDelimitersFlanking(out);
  };

  const walk = (node: DocumentNode): DocumentNode => {
    if (!node.content) return node;
    const content = node.content.some(isInline) ? inlineContent(node.content) : joinAdjacentBlocks(node.content.map(walk));
    return { ...node, content };
  };

  const doc = walk(note.doc);
  return { doc, markers, footnotes: [...citationDefinitions, ...commentDefinitions] };
}
