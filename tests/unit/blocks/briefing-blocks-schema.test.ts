// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { noteSchema } from '../../../core/export/markdown/note-schema';
import { surveyPortionMarks, withShownPortionMarks, withoutEmptyPortions } from '../../../core/document/portion-marks-in-doc';
import { NoteMetadataSchema } from '../../../core/document/note-file';
import { createEmptyNote } from '../../../core/document/note-format';
import { h, li, noteOf, p, quote, t, ul } from '../export-markdown/note-builders';
import { decision, marked, rec } from './block-builders';

describe('decision block in the note schema', () => {
  it('reads and writes its JSON unchanged', () => {
    const json = { type: 'doc', content: [decision(rec('That you agree.', 'agreed', 'S'), rec('That you note.', null, null))] };
    const node = noteSchema().nodeFromJSON(json);
    node.check();
    expect(node.toJSON()).toEqual(json);
  });

  it('refuses a decision with no recommendation, or with a paragraph in it', () => {
    expect(() => noteSchema().nodeFromJSON({ type: 'doc', content: [decision()] }).check()).toThrow();
    expect(() => noteSchema().nodeFromJSON({ type: 'doc', content: [decision(p(t('x')))] }).check()).toThrow();
  });

  it('keeps a portion mark on paragraphs and headings', () => {
    const json = { type: 'doc', content: [marked('S', h(1, t('Title'))), marked('C', p(t('Body')))] };
    const node = noteSchema().nodeFromJSON(json);
    expect(node.child(0).attrs.portion).toBe('S');
    expect(node.child(1).attrs.portion).toBe('C');
  });
});

describe('note metadata', () => {
  const meta = createEmptyNote(new Date('2022-10-11T09:00:00Z')).meta;

  it('takes an optional critical date with a reason and a portion-marking switch', () => {
    expect(NoteMetadataSchema.parse(meta)).toEqual(meta);
    const full = { ...meta, criticalDate: { date: '2022-10-14', reason: 'Before the ADMM-Plus meeting' }, portionMarking: true };
    expect(NoteMetadataSchema.parse(full)).toEqual(full);
  });

  it('refuses a critical date that is not YYYY-MM-DD', () => {
    expect(NoteMetadataSchema.safeParse({ ...meta, criticalDate: { date: '14/10/2022', reason: '' } }).success).toBe(false);
  });
});

describe('portion marks in a body', () => {
  const doc = {
    type: 'doc',
    content: [marked('S', h(1, t('Title'))), p(t('Unmarked')), p(), ul(li(marked('C', p(t('Point'))), li(p(t('Unmarked point'))))), quote(p(t('Quoted'))), decision(rec('R1', null, 'TS'), rec(''))],
  };

  it('lists the marks and counts blocks with text but no mark', () => {
    expect(surveyPortionMarks(doc)).toEqual({ marks: ['S', 'C', 'TS'], unmarked: 3 });
  });

  it('are dropped from exports when the note has portion marking off', () => {
    const note = noteOf([marked('S', p(t('x')))]);
    expect(withShownPortionMarks(note).doc.content?.[0]).toEqual(p(t('x')));
    const on = noteOf([marked('S', p(t('x')))], { meta: { portionMarking: true } });
    expect(withShownPortionMarks(on)).toBe(on);
  });

  it('null marks are tidied away from a parsed body', () => {
    expect(withoutEmptyPortions({ type: 'doc', content: [{ type: 'paragraph', attrs: { portion: null } }, { type: 'heading', attrs: { level: 2, portion: null } }] })).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }, { type: 'heading', attrs: { level: 2 } }],
    });
  });
});
