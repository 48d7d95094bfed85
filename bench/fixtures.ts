import { NoteFileSchema, type DocumentNode, type NoteFile, type SourceArticle } from '../core/document/note-file';
import { createEmptyNote } from '../core/document/note-format';
import { describePassage } from '../core/annotations/text-selectors';
import { paragraphNumberAt, paragraphRanges } from '../core/article/source-text';
import type { CommentThread } from '../core/annotations/comment-thread';
import type { Citation } from '../core/annotations/citation';
import { seededRandom } from '../tests/fixtures/torture/seeded-random';

export interface FixtureSize {
  name: string;
  /** Body paragraphs (headings come on top, one per section). */
  paragraphs: number;
  wordsPerParagraph: number;
}

/** About 500 words a page; the book is the size of Tiptap's "book" demo (~200,000 words, ~2,400 paragraphs). */
export const SIZES: FixtureSize[] = [
  { name: '2-page', paragraphs: 12, wordsPerParagraph: 83 },
  { name: '50-page', paragraphs: 300, wordsPerParagraph: 83 },
  { name: 'book', paragraphs: 2400, wordsPerParagraph: 83 },
];

export const COMMENTS = 500;
export const CITATIONS = 200;
const PARAGRAPHS_PER_SECTION = 20;
const SOURCE_ID = 'source-1';
const STAMP = new Date('2026-01-05T09:00:00.000Z');

export interface Fixture {
  /** e.g. "book+annotations" */
  name: string;
  size: FixtureSize;
  annotated: boolean;
  note: NoteFile;
}

/** Every fixture, plain and with 500 comments and 200 citations on the seed article. */
export function buildFixtures(articleText: string): Fixture[] {
  return SIZES.flatMap((size) => [
    { name: size.name, size, annotated: false, note: buildNote(size, articleText, false) },
    { name: `${size.name}+annotations`, size, annotated: true, note: buildNote(size, articleText, true) },
  ]);
}

type Word = { text: string; comment?: string; citationAfter?: Citation };

export function buildNote(size: FixtureSize, articleText: string, annotated: boolean): NoteFile {
  const random = seededRandom(size.paragraphs * 7919 + 17);
  const vocabulary = [...new Set(articleText.toLowerCase().match(/[a-z]{3,}/g) ?? [])];
  const pick = (): string => vocabulary[Math.floor(random() * vocabulary.length)]!;
  const paragraphs: Word[][] = Array.from({ length: size.paragraphs }, () => Array.from({ length: size.wordsPerParagraph }, () => ({ text: pick() })));
  const words = paragraphs.flat();
  const note = createEmptyNote(STAMP);
  const title = `Bench ${size.name} note${annotated ? ' with annotations' : ''}`;
  const threads: CommentThread[] = [];
  const citations: Citation[] = [];
  const source: SourceArticle = { id: SOURCE_ID, title: 'Seed article', publisher: 'VNA', url: '', published: '2022-10-11', text: articleText };

  if (annotated) {
    const ranges = paragraphRanges(articleText);
    for (let k = 0; k < COMMENTS; k++) {
      const at = Math.floor((k * words.length) / COMMENTS);
      const span = Math.max(1, Math.min(3, Math.floor(words.length / COMMENTS) - 1));
      const id = `t-bench-${k}`;
      const anchored = words.slice(at, at + span);
      for (const word of anchored) word.comment = id;
      const created = new Date(STAMP.getTime() + k * 60_000).toISOString();
      threads.push({
        id,
        kind: 'comment',
        status: k % 5 === 0 ? 'resolved' : 'open',
        quote: anchored.map((word) => word.text).join(' '),
        comments: [{ id: `m-bench-${k}`, author: 'Bench', created, edited: null, text: `Check this (${k}): ${pick()} ${pick()} ${pick()}.` }],
        resolved: k % 5 === 0 ? { by: 'Bench', at: created } : null,
      });
    }
    for (let k = 0; k < CITATIONS; k++) {
      const range = ranges[k % ranges.length]!;
      const end = Math.min(range.end, range.start + 80);
      const citation: Citation = { id: `c-bench-${k}`, kind: 'citation', sourceId: SOURCE_ID, selector: describePassage(articleText, { start: range.start, end }) };
      citations.push(citation);
      words[Math.floor(((k + 0.5) * words.length) / CITATIONS)]!.citationAfter = citation;
    }
  }

  const content: DocumentNode[] = [heading(1, title)];
  paragraphs.forEach((paragraph, index) => {
    if (index % PARAGRAPHS_PER_SECTION === 0) content.push(heading(2, `Section ${index / PARAGRAPHS_PER_SECTION + 1}`));
    content.push({ type: 'paragraph', content: inline(paragraph, articleText) });
  });
  const file: NoteFile = {
    ...note,
    meta: { ...note.meta, title, date: '2026-01-05', drafter: 'Bench' },
    doc: { type: 'doc', content },
    sources: annotated ? [source] : [],
    annotations: [...threads, ...citations],
  };
  return NoteFileSchema.parse(file);
}

function heading(level: number, text: string): DocumentNode {
  return { type: 'heading', attrs: { level }, content: [{ type: 'text', text }] };
}

/** Words joined into text nodes: a run per comment anchor, a citation node after its word. */
function inline(words: Word[], articleText: string): DocumentNode[] {
  const nodes: DocumentNode[] = [];
  let run = '';
  let runComment: string | undefined;
  const flush = (): void => {
    if (run) nodes.push(runComment ? { type: 'text', text: run, marks: [{ type: 'comment', attrs: { threadId: runComment } }] } : { type: 'text', text: run });
    run = '';
  };
  words.forEach((word, index) => {
    const last = index === words.length - 1;
    if (word.comment !== runComment) {
      flush();
      runComment = word.comment;
    }
    // The space after an anchored word is not part of the anchor.
    run += word.text;
    if (word.citationAfter) {
      flush();
      const { selector } = word.citationAfter;
      nodes.push({ type: 'citation', attrs: { citationId: word.citationAfter.id, paragraph: paragraphNumberAt(articleText, selector[1].start) } });
    }
    if (!last) {
      if (runComment) {
        flush();
        runComment = undefined;
      }
      run += ' ';
    } else run += '.';
  });
  flush();
  return nodes;
}

export function wordCount(doc: DocumentNode): number {
  let words = 0;
  const walk = (node: DocumentNode): void => {
    if (node.type === 'text') words += (node.text ?? '').split(/\s+/).filter(Boolean).length;
    node.content?.forEach(walk);
  };
  walk(doc);
  return words;
}
