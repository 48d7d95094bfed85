import { describePassage } from '../../../core/annotations/text-selectors';
import type { DocumentNode, NoteFile } from '../../../core/document/note-file';

export const SOURCE_TEXT = [
  'Hanoi (VNA) – The 16th meeting of the ADMM Experts’ Working Group on Peacekeeping Operations (EWG PKO) took place on October 11 via video conference.',
  'Col. Nguyễn Như Cảnh, Deputy Director of the Vietnam Department of Peacekeeping Operations, co-chaired the meeting with Japan.',
  'The two sides agreed to strengthen cooperation in UN peacekeeping and defence industry.',
].join('\n\n');

export const text = (value: string, marks?: DocumentNode['marks']): DocumentNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
export const p = (...content: DocumentNode[]): DocumentNode => ({ type: 'paragraph', content });
export const h = (level: number, value: string): DocumentNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
export const cite = (citationId: string, paragraph: number): DocumentNode => ({ type: 'citation', attrs: { citationId, paragraph } });

/** A citation annotation of the sample source's passage `exact`. */
export function citationOf(id: string, exact: string): NoteFile['annotations'][number] {
  const start = SOURCE_TEXT.indexOf(exact);
  return { id, kind: 'citation', sourceId: 'source-1', selector: describePassage(SOURCE_TEXT, { start, end: start + exact.length }) };
}

/** A complete note with the sample source attached. */
export function printNote(content: DocumentNode[], overrides: { meta?: Partial<NoteFile['meta']>; annotations?: NoteFile['annotations'] } = {}): NoteFile {
  return {
    format: 'briefing-desk/note',
    version: 2,
    meta: {
      title: 'EWG PKO: 16th meeting',
      classification: 'SECRET',
      date: '2022-10-11',
      drafter: 'Maj. Tran Thi B',
      addressee: 'Director, Department of Peacekeeping Operations',
      reference: 'PKO/2022/117',
      status: 'draft',
      created: '2022-10-11T09:00:00.000Z',
      modified: '2022-10-11T09:30:00.000Z',
      ...overrides.meta,
    },
    doc: { type: 'doc', content },
    sources: [{ id: 'source-1', title: 'Vietnam, Japan co-chair EWG PKO meeting', publisher: 'Vietnam News Agency', url: 'https://en.vietnamplus.vn/example.vnp', published: '2022-10-11', text: SOURCE_TEXT }],
    annotations: overrides.annotations ?? [],
  };
}
