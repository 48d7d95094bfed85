import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NoteFile } from '../../document/note-file';
import type { CommentStyle } from './comment-style';
import { writeFrontMatter } from './front-matter';
import { noteSchema } from './note-schema';
import { noteSerializer } from './note-serializer';
import { prepareBody } from './prepare-body';
import { nestMarksByExtent } from './mark-nesting';
import { withShownPortionMarks } from '../../document/portion-marks-in-doc';

export interface MarkdownExportOptions {
  /** How comment threads appear; `none` gives a clean copy. @default 'none' */
  comments: CommentStyle;
}

/**
 * The note as CommonMark + GFM: YAML front matter with its metadata and first
 * source, the body, and footnotes for citations (quoting the cited passage) and,
 * if asked for, comments. Text is escaped so it reads back as the same text.
 */
export function noteToMarkdown(note: NoteFile, options: MarkdownExportOptions = { comments: 'none' }): string {
  const { doc, markers, footnotes } = prepareBody(withShownPortionMarks(note), options.comments);
  const serializer = noteSerializer(markers);
  const schema = noteSchema();
  // A few top-level blocks at a time: prosemirror-markdown looks at the last character of
  // all it has written so far, which copies the whole text each time (quadratic: 17 s
  // for a 200,000-word note). Blocks are separated by a blank line either way. A heading
  // stays with the block after it, which may be written by what it follows (the
  // abbreviations annex's table).
  const groups: ProseMirrorNode[][] = [];
  nestMarksByExtent(schema.nodeFromJSON(doc)).forEach((block) => {
    const last = groups.at(-1);
    if (last && last.at(-1)?.type.name === 'heading') last.push(block);
    else groups.push([block]);
  });
  const blocks = groups
    .map((group) => serializer.serialize(schema.node('doc', null, group), { tightLists: true }).replace(/^\n+/, '').trimEnd())
    .filter((text) => text !== '');
  const body = blocks.join('\n\n');
  const parts = [body, footnotes.join('\n\n')].filter(Boolean);
  return `${writeFrontMatter(note.meta, note.sources[0])}${parts.length ? `\n${parts.join('\n\n')}\n` : ''}`;
}
