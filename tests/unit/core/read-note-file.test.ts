import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readNoteFile } from '../../../core/document/read-note-file';
import type { NoteFile } from '../../../core/document/note-file';
import { createEmptyNote, NOTE_VERSION } from '../../../core/document/note-format';

const version1 = {
  format: 'briefing-desk/note',
  version: 1,
  title: 'EWG PKO',
  created: '2022-10-11T09:00:00.000Z',
  modified: '2022-10-11T10:00:00.000Z',
  doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hà Nội' }] }] },
};

function noteWith(text: string): NoteFile {
  const note = createEmptyNote(new Date('2022-10-11T09:00:00Z'));
  return { ...note, meta: { ...note.meta, title: text.slice(0, 500) }, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } };
}

describe('readNoteFile', () => {
  it('reads a current note as it was written', () => {
    const note = noteWith('Vietnam and Japan co-chair the EWG PKO');
    expect(readNoteFile(JSON.stringify(note))).toEqual({ ok: true, note, readOnly: false, migratedFrom: null });
  });

  it('tolerates a byte-order mark', () => {
    expect(readNoteFile(`\uFEFF${JSON.stringify(noteWith('x'))}`).ok).toBe(true);
  });

  it('migrates a version 1 note, keeping its text, title and times', () => {
    const reading = readNoteFile(JSON.stringify(version1));
    expect(reading).toMatchObject({ ok: true, readOnly: false, migratedFrom: 1 });
    if (!reading.ok) return;
    expect(reading.note.version).toBe(NOTE_VERSION);
    expect(reading.note.meta).toMatchObject({ title: 'EWG PKO', created: version1.created, modified: version1.modified, status: 'draft' });
    expect(reading.note.doc).toEqual(version1.doc);
    expect(reading.note.sources).toEqual([]);
    expect(reading.note.annotations).toEqual([]);
  });

  it('opens a newer version read-only, saying so', () => {
    const reading = readNoteFile(JSON.stringify({ ...noteWith('future'), version: NOTE_VERSION + 1, somethingNew: true }));
    expect(reading).toMatchObject({ ok: true, readOnly: true });
    if (reading.ok && reading.readOnly) expect(reading.notice).toContain('newer Briefing Desk');
  });

  it('refuses a newer version it cannot show, telling the user to update', () => {
    const reading = readNoteFile(JSON.stringify({ format: 'briefing-desk/note', version: 99, body: 'elsewhere' }));
    expect(reading).toMatchObject({ ok: false });
    if (!reading.ok) expect(reading.problem).toContain('Update Briefing Desk');
  });

  it.each([
    ['truncated JSON', JSON.stringify(noteWith('x')).slice(0, 40), 'damaged or cut short'],
    ['binary garbage', '\u0000\u0001\u0002PK\u0003\u0004', 'not valid JSON'],
    ['an empty file', '', 'not valid JSON'],
    ['a JSON array', '[1,2,3]', 'does not hold a Briefing Desk note'],
    ['another app’s JSON', '{"format":"other/app","version":1}', 'its format is "other/app"'],
    ['a fractional version', JSON.stringify({ ...noteWith('x'), version: 1.5 }), 'version (1.5)'],
    ['a version 1 note without a body', JSON.stringify({ ...version1, doc: undefined }), 'version 1 note but is not one'],
    ['a wrong schema', JSON.stringify({ ...noteWith('x'), meta: { title: 3 } }), 'meta'],
    // In words, not zod's bare "Invalid input": the schemas' messages are set to English (core/schema/z.ts).
    ['an over-long title', JSON.stringify({ ...noteWith('x'), meta: { ...noteWith('x').meta, title: 'x'.repeat(501) } }), 'Too big: expected string to have <=500 characters at meta.title'],
  ])('explains why %s cannot be read', (_label, text, problem) => {
    const reading = readNoteFile(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problem).toContain(problem);
  });
});

describe('readNoteFile, for any input', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const reading = readNoteFile(text);
        expect(typeof reading.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on JSON of any shape, and only accepts what the schema accepts', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reading = readNoteFile(JSON.stringify(value));
        if (reading.ok) expect(reading.note.format).toBe('briefing-desk/note');
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back exactly the note that was written, for any text (Vietnamese, emoji, control characters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 50 }), (text, classification) => {
        const note = noteWith(text || ' ');
        note.meta.classification = classification;
        const reading = readNoteFile(JSON.stringify(note, null, 2));
        expect(reading).toEqual({ ok: true, note, readOnly: false, migratedFrom: null });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses every truncation of a valid note, and never by throwing', () => {
    const text = JSON.stringify(noteWith('Đại tá Nguyễn Như Cảnh'), null, 2);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), (cut) => {
        expect(readNoteFile(text.slice(0, cut)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('migrates any valid version 1 note to one the current schema accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.date({ noInvalidDate: true, min: new Date('1970-01-01'), max: new Date('2999-12-31') }), (title, when) => {
        const reading = readNoteFile(JSON.stringify({ ...version1, title, created: when.toISOString(), modified: when.toISOString() }));
        expect(reading).toMatchObject({ ok: true, migratedFrom: 1 });
      }),
      { numRuns: 300 },
    );
  });
});
