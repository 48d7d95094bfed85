import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { noteExtensions } from '../../../core/document/note-extensions';
import { countText, noteText } from '../../../renderer/app/text-counts';

const schema = getSchema(noteExtensions());

describe('countText', () => {
  it('counts words separated by any white space', () => {
    expect(countText('Bottom line:  the talks\tfailed.\nNext step')).toEqual({ words: 7, characters: 40 });
  });

  it('counts each Vietnamese syllable as a word, as Vietnamese editors do', () => {
    expect(countText('Bộ Quốc phòng Việt Nam').words).toBe(5);
  });

  it('counts a character with stacked diacritics once, composed or not', () => {
    const composed = 'Nội';
    const decomposed = composed.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(composed.length);
    expect(countText(decomposed)).toEqual(countText(composed));
    expect(countText(composed).characters).toBe(3);
  });

  it('does not count lone punctuation as a word, nor line breaks as characters', () => {
    expect(countText('Hanoi – Paris\n\n')).toEqual({ words: 2, characters: 13 });
    expect(countText('')).toEqual({ words: 0, characters: 0 });
    expect(countText('   ')).toEqual({ words: 0, characters: 3 });
  });
});

describe('noteText', () => {
  it('puts blocks on their own lines and leaves citation markers out', () => {
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Summary' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Talks failed' },
            { type: 'citation', attrs: { citationId: 'c-1', paragraph: 3 } },
            { type: 'text', text: ' today.' },
          ],
        },
      ],
    });
    const text = noteText(doc);
    expect(text).toBe('Summary\nTalks failed today.');
    expect(countText(text).words).toBe(4);
  });
});
