import type { DocumentNode, NoteFile } from './note-file';
import { PORTION_BLOCK_TYPES } from './portion-mark';
import { plainTextOf } from './note-title';

const MARKED = new Set<string>(PORTION_BLOCK_TYPES);

/** What portion marking finds in a body: the marks used, and how many blocks with text have none. */
export interface PortionSurvey {
  marks: string[];
  unmarked: number;
}

/** Walks every paragraph, heading and recommendation; empty ones need no mark. */
export function surveyPortionMarks(doc: DocumentNode): PortionSurvey {
  const survey: PortionSurvey = { marks: [], unmarked: 0 };
  const visit = (node: DocumentNode): void => {
    if (MARKED.has(node.type)) {
      const mark = node.attrs?.portion;
      if (typeof mark === 'string' && mark !== '') survey.marks.push(mark);
      else if (plainTextOf(node).trim() !== '') survey.unmarked++;
      return;
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return survey;
}

/** The portion mark of a block, if it has one. */
export function portionOf(node: DocumentNode): string | null {
  const mark = node.attrs?.portion;
  return typeof mark === 'string' && mark !== '' ? mark : null;
}

/**
 * The note as exports should see it: portion marks kept when the note has
 * portion marking on, dropped (the attribute removed) when it is off.
 */
export function withShownPortionMarks(note: NoteFile): NoteFile {
  if (note.meta.portionMarking === true) return note;
  return { ...note, doc: withoutPortions(note.doc, () => true) };
}

/**
 * The body without `portion: null` attributes (and attribute objects left
 * empty by that): the schema gives every paragraph and heading the attribute,
 * but a body read from elsewhere should look as it would have been written.
 */
export function withoutEmptyPortions(node: DocumentNode): DocumentNode {
  return withoutPortions(node, (mark) => mark === null);
}

function withoutPortions(node: DocumentNode, drop: (mark: unknown) => boolean): DocumentNode {
  let next = node;
  if (node.attrs && 'portion' in node.attrs && drop(node.attrs.portion)) {
    const attrs = { ...node.attrs };
    delete attrs.portion;
    next = { ...node };
    if (Object.keys(attrs).length > 0) next.attrs = attrs;
    else delete next.attrs;
  }
  return next.content ? { ...next, content: next.content.map((child) => withoutPortions(child, drop)) } : next;
}
