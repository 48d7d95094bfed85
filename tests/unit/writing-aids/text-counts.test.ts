import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { noteExtensions } from '../../../core/document/note-extensions';
import fc from 'fast-check';
import { Transform } from '@tiptap/pm/transform';
import { countNote, countText, noteText } from '../../../renderer/app/text-counts';

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

describe('countNote', () => {
  const paragraph = (text: string): object => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' });
  const noteOf = (texts: string[]): ReturnType<typeof schema.nodeFromJSON> =>
    schema.nodeFromJSON({
      type: 'doc',
      content: [
        ...texts.map(paragraph),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Hà Nội talks'), paragraph('ended – today')] }] },
      ],
    });

  it('counts any range of a note as counting its text does', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'ệ', ' ', '–', '\t', '1') }), { maxLength: 6 }), fc.nat(), fc.nat(), (texts, a, b) => {
        const doc = noteOf(texts);
        const size = doc.content.size;
        const [from, to] = [a % (size + 1), b % (size + 1)].sort((x, y) => x - y) as [number, number];
        expect(countNote(doc, from, to)).toEqual(countText(noteText(doc, from, to)));
        expect(countNote(doc)).toEqual(countText(noteText(doc)));
      }),
    );
  });

  it('counts a block again once it was edited', () => {
    const before = noteOf(['one two']);
    expect(countNote(before)?.words).toBe(7);
    const after = new Transform(before).insert(8, schema.text(' three')).doc;
    expect(countNote(after)?.words).toBe(8);
    expect(countNote(before)?.words).toBe(7);
  });
});

describe('countNote in slices', () => {
  it('stops when its slice is due, keeps what it counted, and finishes on a later call', () => {
    const doc = schema.nodeFromJSON({ type: 'doc', content: Array.from({ length: 50 }, (_, index) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${index} of the talks` }] })) });
    expect(countNote(doc, 0, doc.content.size, () => true)).toBeNull();
    const counts = countNote(doc, 0, doc.content.size);
    expect(counts).toEqual({ words: 250, characters: countText(noteText(doc)).characters });
    // Everything is remembered now: even a slice already due answers.
    expect(countNote(doc, 0, doc.content.size, () => true)).toEqual(counts);
  });

  it('counts a block on every call, so a count whose slice is always due still comes to an end', () => {
    const doc = schema.nodeFromJSON({ type: 'doc', content: Array.from({ length: 30 }, (_, index) => ({ type: 'paragraph', content: [{ type: 'text', text: `Item ${index} on the agenda` }] })) });
    let unanswered = 0;
    let counts = countNote(doc, 0, doc.content.size, () => true);
    for (; counts === null && unanswered < 100; counts = countNote(doc, 0, doc.content.size, () => true)) unanswered++;
    expect(unanswered).toBe(29);
    expect(counts?.words).toBe(150);
  });
});
