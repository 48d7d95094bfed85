import { describe, expect, it } from 'vitest';
import { editorLanguage, spellCheckLanguages } from '../../../core/desktop/spell-check-languages';

// A part of what session.availableSpellCheckerLanguages lists on Windows and Linux.
const AVAILABLE = ['en-AU', 'en-CA', 'en-GB', 'en-US', 'fr', 'vi'];

describe('spellCheckLanguages', () => {
  it('uses British English when the settings choose nothing', () => {
    expect(spellCheckLanguages({}, AVAILABLE)).toEqual(['en-GB']);
    expect(spellCheckLanguages(null, AVAILABLE)).toEqual(['en-GB']);
  });

  it('takes English and Vietnamese from the settings, mapping what users type to Electron’s names', () => {
    expect(spellCheckLanguages({ spellCheckLanguages: ['en-US', 'vi-VN'] }, AVAILABLE)).toEqual(['en-US', 'vi']);
    expect(spellCheckLanguages({ spellCheckLanguages: ['vi'] }, AVAILABLE)).toEqual(['vi']);
    expect(spellCheckLanguages({ spellCheckLanguages: ['en'] }, AVAILABLE)).toEqual(['en-GB']);
  });

  it('drops languages Electron has no dictionary for, and junk', () => {
    expect(spellCheckLanguages({ spellCheckLanguages: ['tlh', 42, '', 'vi'] }, AVAILABLE)).toEqual(['vi']);
    expect(spellCheckLanguages({ spellCheckLanguages: 'vi' }, AVAILABLE)).toEqual(['en-GB']);
  });

  it('asks for British English where Electron lists nothing (macOS uses the OS checker)', () => {
    expect(spellCheckLanguages({}, [])).toEqual(['en-GB']);
  });
});

describe('editorLanguage', () => {
  it('is the first spell-check language, else the interface language', () => {
    expect(editorLanguage({ spellCheckLanguages: ['vi'] }, 'en')).toBe('vi');
    expect(editorLanguage({}, 'en')).toBe('en');
  });
});
