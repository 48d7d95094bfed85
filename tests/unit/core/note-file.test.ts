import { describe, expect, it } from 'vitest';
import { NoteFileSchema } from '../../../core/document/note-file';
import { createEmptyNote, NOTE_FORMAT, NOTE_VERSION } from '../../../core/document/note-format';
import { noteTitleFrom } from '../../../core/document/note-title';

describe('note file', () => {
  it('creates an empty draft that its own schema accepts', () => {
    const note = createEmptyNote(new Date('2022-10-11T09:00:00Z'));
    expect(NoteFileSchema.parse(note)).toEqual(note);
    expect(note).toMatchObject({ format: NOTE_FORMAT, version: NOTE_VERSION, sources: [], annotations: [] });
    expect(note.meta).toMatchObject({ status: 'draft', created: '2022-10-11T09:00:00.000Z', classification: '', date: null });
  });

  it.each([
    ['another format', { format: 'something-else' }],
    ['a newer version', { version: NOTE_VERSION + 1 }],
    ['a body that is not a document', { doc: { type: 'paragraph' } }],
    ['no annotations list', { annotations: undefined }],
  ])('refuses %s', (_label, patch) => {
    expect(NoteFileSchema.safeParse({ ...createEmptyNote(new Date()), ...patch }).success).toBe(false);
  });

  it.each([
    ['a malformed time', { modified: 'yesterday' }],
    ['an unknown status', { status: 'sent' }],
    ['a date that is not a day', { date: '11/10/2022' }],
  ])('refuses metadata with %s', (_label, patch) => {
    const note = createEmptyNote(new Date());
    expect(NoteFileSchema.safeParse({ ...note, meta: { ...note.meta, ...patch } }).success).toBe(false);
  });
});

describe('noteTitleFrom', () => {
  it('takes the first non-empty block, marks and all', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph' },
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'EWG ' }, { type: 'text', text: 'PKO', marks: [{ type: 'bold' }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Body' }] },
      ],
    };
    expect(noteTitleFrom(doc)).toBe('EWG PKO');
  });

  it('is empty for an empty note and shortens a long first line', () => {
    expect(noteTitleFrom(createEmptyNote(new Date()).doc)).toBe('');
    const long = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(500) }] }] };
    expect(noteTitleFrom(long)).toHaveLength(120);
  });
});
