import { describe, expect, it } from 'vitest';
import { defaultPageLimitFrom, pageSizeFrom, parsePageLimit } from '../../../renderer/app/page-limit';
import { NoteMetadataSchema } from '../../../core/document/note-file';
import { createEmptyNote } from '../../../core/document/note-format';

describe('the page limit', () => {
  it('accepts whole numbers from 1 to 50 only', () => {
    expect(parsePageLimit(' 3 ')).toBe(3);
    expect(parsePageLimit('50')).toBe(50);
    for (const bad of ['0', '51', '2.5', '-1', '', 'two', '1e1']) expect(parsePageLimit(bad)).toBeNull();
  });

  it('defaults to the setting when there is a valid one, else 2; page size to A4', () => {
    expect(defaultPageLimitFrom({})).toBe(2);
    expect(defaultPageLimitFrom({ pageLimit: 4 })).toBe(4);
    expect(defaultPageLimitFrom({ pageLimit: 0 })).toBe(2);
    expect(pageSizeFrom({})).toBe('A4');
    expect(pageSizeFrom({ pageSize: 'Letter' })).toBe('Letter');
    expect(pageSizeFrom({ pageSize: 'letter' })).toBe('Letter');
  });

  it('is an optional integer from 1 to 50 in the note file', () => {
    const meta = createEmptyNote(new Date('2026-01-01T00:00:00Z')).meta;
    expect(NoteMetadataSchema.safeParse(meta).success).toBe(true);
    expect(NoteMetadataSchema.safeParse({ ...meta, pageLimit: 3 }).success).toBe(true);
    for (const bad of [0, 51, 2.5, '3']) expect(NoteMetadataSchema.safeParse({ ...meta, pageLimit: bad }).success).toBe(false);
  });
});
