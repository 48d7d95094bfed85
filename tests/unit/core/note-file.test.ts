import { describe, expect, it } from 'vitest';
import { createEmptyNote, NoteFileSchema, NOTE_FORMAT, NOTE_VERSION } from '../../../core/document/note-file';
import { noteTitleFrom } from '../../../core/document/note-title';

describe('note file', () => {
  it('creates an empty note that its own schema accepts', () => {
    const note = createEmptyNote(new Date('2022-10-11T09:00:00Z'));
    expect(NoteFileSchema.parse(note)).toEqual(note);
    expect(note).toMatchObject({ format: NOTE_FORMAT, version: NOTE_VERSION, created: '2022-10-11T09:00:00.000Z' });
  });

  it.each([
    ['another format', { format: 'something-else' }],
    ['a newer version', { version: NOTE_VERSION + 1 }],
    ['a body that is not a document', { doc: { type: 'paragraph' } }],
    ['a malformed time', { modified: 'yesterday' }],
  ])('refuses %s', (_label, patch) => {
    const note = { ...createEmptyNote(new Date()), ...patch };
    expect(NoteFileSchema.safeParse(note).success).toBe(false);
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
