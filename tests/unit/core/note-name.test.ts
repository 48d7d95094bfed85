import { describe, expect, it } from 'vitest';
import { NoteId, NoteName, noteIdForName, suggestNoteName } from '../../../core/host/note-name';

describe('NoteId', () => {
  it.each(['Weekly brief.brief', 'Hà Nội visit.brief', 'EWG PKO (2022).brief'])('accepts the file name %s', (id) => {
    expect(NoteId.safeParse(id).success).toBe(true);
  });

  it.each([
    '../outside.brief',
    'sub/inner.brief',
    'sub\\inner.brief',
    '/etc/passwd.brief',
    'C:evil.brief',
    '.hidden.brief',
    'note.txt',
    '.brief',
    'CON.brief',
    'nul\u0000.brief',
    ' padded.brief',
  ])('refuses %j', (id) => {
    expect(NoteId.safeParse(id).success).toBe(false);
  });
});

describe('NoteName', () => {
  it('trims what the user typed', () => {
    expect(NoteName.parse('  Weekly brief  ')).toBe('Weekly brief');
  });

  it.each([
    ['', 'Give the note a name.'],
    ['a/b', 'A name cannot contain'],
    ['..', 'A name cannot start or end with a dot.'],
    ['aux', 'reserved by Windows'],
  ])('explains why %j cannot be used', (name, message) => {
    const result = NoteName.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});

describe('noteIdForName', () => {
  it('adds the extension and normalises to NFC', () => {
    const decomposed = 'Ha\u0300 No\u0323\u0302i';
    expect(noteIdForName(decomposed)).toBe('Hà Nội.brief');
  });
});

describe('suggestNoteName', () => {
  it('turns a title into a usable file name', () => {
    expect(suggestNoteName('EWG PKO: 16th meeting / Cycle 4?')).toBe('EWG PKO 16th meeting Cycle 4');
  });

  it('falls back when nothing usable is left', () => {
    expect(suggestNoteName('???')).toBe('Untitled note');
    expect(suggestNoteName('')).toBe('Untitled note');
  });

  it('always suggests a name NoteName accepts', () => {
    for (const title of ['...dots...', 'x'.repeat(300), 'con', '  ', 'a\tb\nc']) {
      expect(NoteName.safeParse(suggestNoteName(title)).success, title).toBe(true);
    }
  });
});
